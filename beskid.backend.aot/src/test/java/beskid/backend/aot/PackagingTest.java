package beskid.backend.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.SymbolImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

class PackagingTest {
    private static final byte[] CLASS_V61 = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 1, 2, 3};

    @Test
    void retargetSetsTheClassFileMajorVersionOfEachTarget() {
        assertThat(ClassFileRetarget.retarget(CLASS_V61, Target.JVM17)[7]).isEqualTo((byte) 61);
        assertThat(ClassFileRetarget.retarget(CLASS_V61, Target.JVM21)[7]).isEqualTo((byte) 65);
        assertThat(ClassFileRetarget.retarget(CLASS_V61, Target.JVM25)[7]).isEqualTo((byte) 69);
        assertThat(CLASS_V61[7]).as("input untouched").isEqualTo((byte) 61);
    }

    @Test
    void retargetRefusesSomethingThatIsNotAClassFile() {
        assertThatThrownBy(() -> ClassFileRetarget.retarget(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, Target.JVM17))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetsAreListedDefaultFirstAndUnknownOnesAreNotFound() {
        assertThat(Target.ids()).containsExactly("jvm17", "jvm21", "jvm25");
        assertThat(Target.byId("jvm8")).isNull();
    }

    @Test
    void jarIsByteIdenticalAcrossBuildsWithManifestFirstAndSortedEntries() throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put("prog/b.class", new byte[] {2});
        entries.put("prog/a.class", new byte[] {1});
        entries.put("Std/System/IO.class", new byte[] {3});
        Manifest manifest = ArtifactManifest.of(artifact(), ArtifactKind.EXE, Target.JVM17);
        byte[] first = DeterministicJar.write(manifest, entries, DeterministicJar.Contents.STORED);
        byte[] second = DeterministicJar.write(
                ArtifactManifest.of(artifact(), ArtifactKind.EXE, Target.JVM17),
                entries,
                DeterministicJar.Contents.STORED);
        assertThat(first).isEqualTo(second);
        List<String> names = new ArrayList<>();
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(first))) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(ArtifactManifest.EXE_MAIN);
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names)
                .containsExactly("Std/", "Std/System/", "Std/System/IO.class", "prog/", "prog/a.class", "prog/b.class");
    }

    @Test
    void bundleManifestImportsTheAbiMajorAndRequiresEveryImportedSymbol() {
        Manifest manifest = ArtifactManifest.of(artifact(), ArtifactKind.BUNDLE, Target.JVM21);
        var main = manifest.getMainAttributes();
        assertThat(main.getValue("Import-Package")).isEqualTo("beskid.abi;version=\"[1,2)\"");
        assertThat(main.getValue("Require-Capability"))
                .isEqualTo(
                        "beskid.runtime.abi;filter:=\"(&(version>=1.0.0)(!(version>=2.0.0))(symbols=str_concat)(symbols=syscall_write))\"");
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("beskid.program.hello");
        assertThat(main.getValue("Beskid-Imports")).isEqualTo("str_concat,syscall_write");
        assertThat(main.getValue("Beskid-Target")).isEqualTo("jvm21");
        assertThat(main.getValue("Main-Class"))
                .as("a bundle is not an executable")
                .isNull();
    }

    @Test
    void libraryJarOfAFileWithoutMainHasNoEntryHeaders() {
        LoweredArtifact tests = new LoweredArtifact(
                "tests.bd", "cd34", 1, new TreeMap<>(), new TreeSet<>(), new TreeSet<>(), List.of(), null, List.of());
        var main = ArtifactManifest.of(tests, ArtifactKind.JAR, Target.JVM17).getMainAttributes();
        assertThat(main.getValue("Beskid-Entry-Class")).isNull();
        assertThat(main.getValue("Beskid-Entry-Method")).isNull();
        assertThat(main.getValue("Beskid-Source")).isEqualTo("tests.bd");
    }

    private static LoweredArtifact artifact() {
        return new LoweredArtifact(
                "hello.bd",
                "ab12",
                1,
                new TreeMap<>(),
                new TreeSet<>(Set.of(
                        new SymbolImport("syscall_write", "(I64,STR)->I64"),
                        new SymbolImport("str_concat", "(STR,STR)->STR"))),
                new TreeSet<>(),
                List.of(),
                new EntryPoint("prog.hello", "main", "()I"),
                List.of());
    }
}
