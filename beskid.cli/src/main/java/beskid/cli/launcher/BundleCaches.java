package beskid.cli.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleException;

/**
 * The bundle caches a launcher may use, all under one {@link CacheRoot}. Any number of launchers
 * may start at once, during or after a change of the installed bundles, and none of them can
 * see a half-written cache:
 *
 * <ul>
 *   <li>{@code template-<fingerprint>/}: every bundle of one bundle set installed and marked
 *       started, and SCR's parsed component descriptions (see {@link FrameworkFactory}). Built
 *       once per bundle set in a scratch folder and renamed into place, so it is complete or
 *       absent; once in place never run, only copied.
 *   <li>{@code felix/}: the kept cache, run by the one launcher that holds {@code felix.lock}.
 *       Replaced by a copy of the template when the bundle set changed.
 *   <li>{@code tmp/run-<pid>/}: a private copy of the template for a launcher that finds the kept
 *       cache in use. Removed when that launcher ends, or by a later one if it was killed.
 * </ul>
 */
final class BundleCaches {
    private static final String FINGERPRINT_FILE = "beskid.fingerprint";
    private static final Duration OLD_TEMPLATE = Duration.ofHours(1);

    private BundleCaches() {}

    /** The cache this launcher runs in, and how to let go of it. */
    record Lease(Path dir, boolean kept, FileChannel lock) {
        /** Releases the lock; a private copy is deleted. Safe to call more than once. */
        void release() {
            if (!kept) {
                deleteTree(dir);
            }
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }

    static Lease acquire(Path root, List<Path> jars) throws IOException, BundleException {
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        sweepDeadProcesses(tmp);
        String fingerprint = Fingerprint.of(jars);
        Path template = template(root, tmp, fingerprint, jars);
        FileChannel channel =
                FileChannel.open(root.resolve("felix.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock != null) {
            Path kept = root.resolve("felix");
            if (!fingerprint.equals(readFingerprint(kept))) {
                deleteTree(kept);
                Path fresh = tmp.resolve("kept-" + pid());
                copyTree(template, fresh);
                moveAtomically(fresh, kept);
            }
            return new Lease(kept, true, channel);
        }
        channel.close();
        Path own = tmp.resolve("run-" + pid());
        deleteTree(own);
        copyTree(template, own);
        return new Lease(own, false, null);
    }

    private static Path template(Path root, Path tmp, String fingerprint, List<Path> jars)
            throws IOException, BundleException {
        Path template = root.resolve("template-" + fingerprint);
        if (Files.isDirectory(template)) {
            return template;
        }
        Path scratch = tmp.resolve("build-" + pid());
        deleteTree(scratch);
        FrameworkFactory.buildTemplate(scratch, jars);
        Files.writeString(scratch.resolve(FINGERPRINT_FILE), fingerprint, StandardCharsets.UTF_8);
        try {
            moveAtomically(scratch, template);
        } catch (FileAlreadyExistsException e) {
            deleteTree(scratch); // another launcher built the same template first
        }
        removeOldTemplates(root, template);
        return template;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by this very process (a second launcher in one JVM, as in tests)
        }
    }

    private static String readFingerprint(Path cache) {
        try {
            return Files.readString(cache.resolve(FINGERPRINT_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (IOException e) {
            if (Files.exists(to)) {
                throw new FileAlreadyExistsException(to.toString());
            }
            throw e;
        }
    }

    /** Private caches of launchers that were killed before they could remove them. */
    private static void sweepDeadProcesses(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                int dash = name.lastIndexOf('-');
                try {
                    long pid = Long.parseLong(name.substring(dash + 1));
                    if (pid != pid() && ProcessHandle.of(pid).isEmpty()) {
                        deleteTree(entry);
                    }
                } catch (NumberFormatException e) {
                    // not ours
                }
            }
        }
    }

    private static void removeOldTemplates(Path root, Path current) throws IOException {
        Instant old = Instant.now().minus(OLD_TEMPLATE);
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith("template-")
                        && !entry.equals(current)
                        && Files.getLastModifiedTime(entry).compareTo(FileTime.from(old)) < 0) {
                    deleteTree(entry);
                }
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // removed by someone else meanwhile
        } catch (IOException e) {
            // best effort: a later launcher sweeps what is left
        }
    }

    private static long pid() {
        return ProcessHandle.current().pid();
    }
}
