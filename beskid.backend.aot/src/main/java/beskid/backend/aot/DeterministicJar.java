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
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a jar in memory with the manifest first, entries sorted and every timestamp fixed,
 * so the same inputs always give the same bytes.
 */
final class DeterministicJar {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    /** How the entries' contents are kept. */
    enum Contents {
        /** Deflated: a library jar or a bundle, read once when installed or put on a class path. */
        DEFLATED,
        /**
         * Stored as they are: an executable, whose classes the JVM reads at every start (inflating
         * them took 3% of a hello's start; the jar is about twice as large).
         */
        STORED
    }

    private DeterministicJar() {}

    static byte[] write(Manifest manifest, SortedMap<String, byte[]> entries, Contents contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Entries out = new Entries(zip, contents);
            out.put("META-INF/", null);
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.write(manifestBytes);
            out.put("META-INF/MANIFEST.MF", manifestBytes.toByteArray());
            Set<String> dirs = new HashSet<>(Set.of("META-INF/"));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putParents(e.getKey(), dirs);
                out.put(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return bytes.toByteArray();
    }

    /** Writes the entries of one jar, each kept as that jar's contents are. */
    private record Entries(ZipOutputStream zip, Contents contents) {
        /** Directory entries, so tools that list the jar see its folders; written once each, parents first. */
        void putParents(String name, Set<String> dirs) throws IOException {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                String dir = name.substring(0, slash + 1);
                if (dirs.add(dir)) {
                    put(dir, null);
                }
            }
        }

        void put(String name, byte[] content) throws IOException {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(FIXED_TIME);
            byte[] data = content == null ? new byte[0] : content;
            if (contents == Contents.STORED) {
                // a stored entry declares its size and checksum before its bytes
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
    }
}
