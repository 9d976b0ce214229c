package beskid.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which streams are the process's own descriptors, and what a descriptor writes into. */
class DescriptorsTest {
    private static final Path OPEN = Path.of("/proc/self/fd");

    @TempDir
    Path dir;

    @Test
    void testProcessDescriptor_onlyTheProcessesOwnStdoutAndStderr() throws IOException {
        assertThat(Descriptors.processDescriptor(new FileOutputStream(FileDescriptor.out)))
                .isEqualTo(1);
        assertThat(Descriptors.processDescriptor(new FileOutputStream(FileDescriptor.err)))
                .isEqualTo(2);
        assertThat(Descriptors.processDescriptor(new ByteArrayOutputStream())).isZero();
        try (FileOutputStream file = new FileOutputStream(dir.resolve("out.txt").toFile())) {
            assertThat(Descriptors.processDescriptor(file)).isZero();
        }
    }

    /** The open descriptors and what each links to. */
    private static Map<Integer, String> openDescriptors() throws IOException {
        Map<Integer, String> targets = new HashMap<>();
        try (Stream<Path> fds = Files.list(OPEN)) {
            for (Path fd : fds.toList()) {
                try {
                    targets.put(
                            Integer.valueOf(fd.getFileName().toString()),
                            Files.readSymbolicLink(fd).toString());
                } catch (IOException e) {
                    // closed meanwhile (the listing's own descriptor)
                }
            }
        }
        return targets;
    }

    /**
     * The descriptors opened by {@code open} whose target starts with {@code prefix}: told apart by
     * their target, since the listing's own descriptor may be reused by what {@code open} opens.
     */
    private static Set<Integer> openedBy(IORunnable open, String prefix) throws IOException {
        Set<String> before = new HashSet<>(openDescriptors().values());
        open.run();
        Set<Integer> opened = new HashSet<>();
        openDescriptors().forEach((fd, target) -> {
            if (target.startsWith(prefix) && !before.contains(target)) {
                opened.add(fd);
            }
        });
        return opened;
    }

    private interface IORunnable {
        void run() throws IOException;
    }

    @Test
    void testKind_aFileIsNeitherATerminalNorAPipe() throws IOException {
        assumeTrue(Files.isDirectory(OPEN), "descriptor links are a Linux feature");
        Path file = dir.resolve("log.txt");
        FileOutputStream[] stream = new FileOutputStream[1];
        Set<Integer> fds = openedBy(() -> stream[0] = new FileOutputStream(file.toFile()), "/");
        try {
            assertThat(fds).isNotEmpty();
            for (int fd : fds) {
                assertThat(Descriptors.kind(fd)).isEqualTo(Descriptors.Kind.OTHER);
            }
        } finally {
            stream[0].close();
        }
    }

    @Test
    void testKind_aPipeIsAPipe() throws IOException {
        assumeTrue(Files.isDirectory(OPEN), "descriptor links are a Linux feature");
        Pipe[] pipe = new Pipe[1];
        Set<Integer> fds = openedBy(() -> pipe[0] = Pipe.open(), "pipe:");
        try {
            assertThat(fds).isNotEmpty();
            for (int fd : fds) {
                assertThat(Descriptors.kind(fd)).isEqualTo(Descriptors.Kind.PIPE);
            }
        } finally {
            pipe[0].sink().close();
            pipe[0].source().close();
        }
    }

    @Test
    void testKind_aDescriptorWithoutALinkFallsBackToTheConsole() throws IOException {
        assumeTrue(Files.isDirectory(OPEN), "descriptor links are a Linux feature");
        int notOpen = openDescriptors().keySet().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(2)
                + 1000;
        Descriptors.Kind expected = System.console() != null ? Descriptors.Kind.TERMINAL : Descriptors.Kind.OTHER;
        assertThat(Descriptors.kind(notOpen)).isEqualTo(expected);
    }
}
