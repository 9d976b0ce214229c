package beskid.backend.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.LoweredArtifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What tools see in a built jar (entries, folders, times), and which class files a target takes. */
class JarLayoutTest {
    private static byte[] classFile(int major) {
        return new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 3, (byte) (major >> 8), (byte) major};
    }

    @Test
    void testRetarget_theSmallestClassFileHeaderIsEnough() {
        byte[] retargeted = ClassFileRetarget.retarget(classFile(61), Target.JVM21);
        assertThat(retargeted)
                .containsExactly(classFile(65)[0], classFile(65)[1], classFile(65)[2], classFile(65)[3], 0, 0, 0, 65);
        assertThatThrownBy(() -> ClassFileRetarget.retarget(
                        new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0}, Target.JVM17))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a class file");
    }

    @Test
    void testRetarget_refusesClassFilesNewerThanTheTarget() {
        assertThatThrownBy(() -> ClassFileRetarget.retarget(classFile(65), Target.JVM17))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class file version 65 is newer than target jvm17");
        assertThatThrownBy(() -> ClassFileRetarget.retarget(classFile(256), Target.JVM25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class file version 256 is newer than target jvm25");
        assertThat(ClassFileRetarget.retarget(classFile(69), Target.JVM25)[7]).isEqualTo((byte) 69);
    }

    @Test
    void testJar_listsItsFoldersOnceParentsFirstWithAFixedTime() throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        entries.put("prog/a.class", new byte[] {1});
        entries.put("prog/sub/b.class", new byte[] {2});
        entries.put("Std/System/IO.class", new byte[] {3});
        LoweredArtifact artifact = new LoweredArtifact(
                "prog.bd",
                "ab12",
                1,
                new TreeMap<>(),
                new TreeSet<>(),
                new TreeSet<>(),
                List.of(),
                new EntryPoint("prog.Main", "main", "()I"),
                List.of());
        Manifest manifest = ArtifactManifest.of(artifact, ArtifactKind.JAR, Target.JVM17);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                DeterministicJar.write(manifest, entries, DeterministicJar.Contents.DEFLATED)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
            }
        }
        assertThat(names)
                .containsExactly(
                        "META-INF/",
                        "META-INF/MANIFEST.MF",
                        "Std/",
                        "Std/System/",
                        "Std/System/IO.class",
                        "prog/",
                        "prog/a.class",
                        "prog/sub/",
                        "prog/sub/b.class");
    }
}
