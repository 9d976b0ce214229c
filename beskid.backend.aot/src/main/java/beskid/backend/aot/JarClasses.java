package beskid.backend.aot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;

/** Reads the class files back out of a built jar (in memory), by binary name. */
final class JarClasses {
    private static final String SUFFIX = ".class";

    private JarClasses() {}

    static SortedMap<String, byte[]> of(byte[] jar) {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(SUFFIX)) {
                    String name = e.getName()
                            .substring(0, e.getName().length() - SUFFIX.length())
                            .replace('/', '.');
                    classes.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a jar this backend built cannot be read back", e);
        }
        return classes;
    }
}
