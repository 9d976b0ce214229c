package beskid.backend.aot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a jar in memory with the manifest first, entries sorted and every timestamp fixed,
 * so the same inputs always give the same bytes.
 */
final class DeterministicJar {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private DeterministicJar() {}

    static byte[] write(Manifest manifest, SortedMap<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "META-INF/", null);
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.write(manifestBytes);
            put(zip, "META-INF/MANIFEST.MF", manifestBytes.toByteArray());
            Set<String> dirs = new HashSet<>(Set.of("META-INF/"));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                putParents(zip, e.getKey(), dirs);
                put(zip, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return bytes.toByteArray();
    }

    /** Directory entries, so tools that list the jar see its folders; written once each, parents first. */
    private static void putParents(ZipOutputStream zip, String name, Set<String> dirs) throws IOException {
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            String dir = name.substring(0, slash + 1);
            if (dirs.add(dir)) {
                put(zip, dir, null);
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        if (content != null) {
            zip.write(content);
        }
        zip.closeEntry();
    }
}
