package beskid.cli.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names one bundle set: every bundle jar and every jar of the launcher's class path, by path,
 * size and modification time, plus the toolchain version. A changed, added or removed jar gives
 * another fingerprint, so its cache is built afresh. (Sizes and times, not contents: hashing
 * 5 MB of jars would cost every start more than the whole resolve.)
 */
final class Fingerprint {
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L; // FNV-1a, 64 bit

    private Fingerprint() {}

    static String of(List<Path> bundles) throws IOException {
        List<Path> all = new ArrayList<>(bundles);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                all.add(Path.of(entry));
            }
        }
        long hash = FNV_OFFSET_BASIS;
        hash = mix(hash, ToolchainVersion.get());
        for (Path jar : all) {
            Path file = jar.toAbsolutePath().normalize();
            hash = mix(hash, file.toString());
            if (Files.isRegularFile(file)) {
                hash = mix(hash, stamp(file));
            }
        }
        return hex(hash);
    }

    /** Names one string the same way: its FNV-1a hash, 16 hex digits. */
    static String of(String text) {
        return hex(mix(FNV_OFFSET_BASIS, text));
    }

    /** What stands for a jar's contents: its size and modification time. */
    static String stamp(Path file) throws IOException {
        return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    }

    private static String hex(long hash) {
        return String.format("%016x", hash);
    }

    private static long mix(long hash, String s) {
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 0x100000001b3L;
        }
        return (hash ^ '\n') * 0x100000001b3L;
    }
}
