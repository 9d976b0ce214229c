package beskid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import beskid.testkit.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The toolchain's promises at the level of processes (docs/RELIABILITY.md): streams, signals,
 * closed pipes, exit codes, safe builds and limits, each held by the real launcher and a real
 * {@code java -jar} executable as a user or a script drives them.
 */
class ProcessIT {
    /** Prints one line, then runs until stopped. */
    private static final String TICK = """
            use Std.System.IO;
            i32 main() {
                IO.Println("tick");
                i64 mut i = 0;
                while true {
                    i += 1;
                }
                return 0;
            }
            """;

    /** Prints lines 0..9999 (about 89 KB: one full 64 KiB buffer and a part), then runs until stopped. */
    private static final String LINES_THEN_SPIN = """
            use Std.System.IO;
            i32 main() {
                i64 mut i = 0;
                while i < 10000 {
                    IO.Println("line ${i}");
                    i += 1;
                }
                while true {
                    i += 1;
                }
                return 0;
            }
            """;

    private static final String ENDLESS = """
            use Std.System.IO;
            i32 main() {
                while true {
                    IO.Println("y");
                }
                return 0;
            }
            """;

    private static final String INTERLEAVED = """
            use Std.System.IO;
            i32 main() {
                IO.Eprintln("E1");
                IO.Println("O1");
                IO.Eprintln("E2");
                IO.Println("O2");
                return 0;
            }
            """;

    private static final String HELLO = """
            use Std.System.IO;
            i32 main() {
                IO.Println("hello");
                return 0;
            }
            """;

    @TempDir
    static Path work;

    record Run(int exit, String stdout, String stderr) {}

    @BeforeAll
    static void distributionIsPackaged() {
        assertThat(Processes.TARGET.resolve("dist/bundles")).isDirectory();
    }

    // ---- streams -------------------------------------------------------------------------

    @Test
    void onATerminalEachLineArrivesWhileTheProgramRuns() throws Exception {
        assumeTrue(Processes.succeeds("script", "-q", "-e", "-c", "true", "/dev/null"), "needs script(1) for a pty");
        Path source = source("tick.bd", TICK);
        for (List<String> cmd : List.of(Processes.beskid("run", source.toString()), Processes.exe(exe(source)))) {
            Process p = new ProcessBuilder("script", "-q", "-e", "-c", String.join(" ", cmd), "/dev/null")
                    .redirectErrorStream(true)
                    .start();
            try {
                BufferedReader out = reader(p.getInputStream());
                CompletableFuture<String> tick = CompletableFuture.supplyAsync(() -> lineContaining(out, "tick"));
                // The program never ends and never fills a buffer: the line shows only if it is line-buffered.
                assertThat(tick.get(120, TimeUnit.SECONDS))
                        .as("line through a pty: " + cmd)
                        .contains("tick");
                assertThat(p.isAlive()).isTrue();
            } finally {
                Processes.destroyTree(p);
            }
        }
    }

    @Test
    void stdoutAndStderrKeepProgramOrderInOneFile() throws Exception {
        Path source = source("interleaved.bd", INTERLEAVED);
        for (List<String> cmd : List.of(
                Processes.beskid("run", source.toString()),
                Processes.beskid("run", "--backend", "aot", source.toString()),
                Processes.exe(exe(source)))) {
            Path both = Files.createTempFile(work, "both", ".txt");
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(both.toFile())
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(both)).as("2>&1 of " + cmd).isEqualTo("E1\nO1\nE2\nO2\n");
        }
    }

    // ---- signals -------------------------------------------------------------------------

    @Test
    void sigintAndSigtermFlushEverythingWrittenThenExit130And143() throws Exception {
        Path source = source("lines.bd", LINES_THEN_SPIN);
        Path jar = exe(source);
        assertStoppedBySignal(Processes.beskid("run", source.toString()), "INT", 130);
        assertStoppedBySignal(Processes.beskid("run", source.toString()), "TERM", 143);
        assertStoppedBySignal(Processes.exe(jar), "INT", 130);
        assertStoppedBySignal(Processes.exe(jar), "TERM", 143);
        assertStoppedBySignal(Processes.beskid("run", "--backend", "aot", source.toString()), "TERM", 143);
    }

    private static void assertStoppedBySignal(List<String> cmd, String signal, int exit) throws Exception {
        Process p = new ProcessBuilder(cmd).start();
        try {
            BufferedReader out = reader(p.getInputStream());
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            // The first full buffer shows the program is printing; the margin lets it finish
            // its 10,000 lines, whose last part then sits in the buffer until the signal.
            assertThat(out.readLine()).isEqualTo("line 0");
            Thread.sleep(3000);
            Processes.signal(p, signal);
            List<String> lines = new ArrayList<>(List.of("line 0"));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(lines)
                    .as("everything written before SIG" + signal + ": " + cmd)
                    .isEqualTo(
                            IntStream.range(0, 10000).mapToObj(i -> "line " + i).toList());
            assertThat(p.exitValue()).as("exit after SIG" + signal).isEqualTo(exit);
            assertThat(err.get(60, TimeUnit.SECONDS)).isEmpty();
        } finally {
            Processes.destroyTree(p);
        }
    }

    // ---- closed pipes --------------------------------------------------------------------

    @Test
    void aClosedPipeEndsAnEndlessWriterWithExit141Silently() throws Exception {
        Path source = source("endless.bd", ENDLESS);
        for (List<String> cmd : List.of(
                Processes.beskid("run", source.toString()),
                Processes.beskid("run", "--backend", "aot", source.toString()),
                Processes.exe(exe(source)))) {
            Process p = new ProcessBuilder(cmd).start();
            try {
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
                BufferedReader out = reader(p.getInputStream());
                assertThat(out.readLine()).isEqualTo("y");
                p.getInputStream().close(); // what `| head -1` does after its line
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended: " + cmd).isTrue();
                assertThat(p.exitValue()).as("exit of " + cmd).isEqualTo(141);
                assertThat(err.get(60, TimeUnit.SECONDS)).as("stderr of " + cmd).isEmpty();
            } finally {
                Processes.destroyTree(p);
            }
        }
    }

    // ---- building artifacts ----------------------------------------------------------------

    @Test
    void buildRefusesToOverwriteItsSourceOrAnythingButARegularFile() throws Exception {
        Path source = source("keep.bd", HELLO);
        String before = Files.readString(source);
        Run self = run(Processes.beskid("build", source.toString(), "-o", source.toString()));
        assertThat(self.exit()).isEqualTo(2);
        assertThat(self.stderr()).contains("refusing to write", "source").doesNotContain("\tat ");
        assertThat(Files.readString(source)).isEqualTo(before);

        Run device = run(Processes.beskid("build", source.toString(), "-o", "/dev/null"));
        assertThat(device.exit()).isEqualTo(2);
        assertThat(device.stderr()).contains("/dev/null: it is not a regular file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();

        Path folder = Files.createDirectories(work.resolve("a-folder.jar"));
        assertThat(run(Processes.beskid("build", source.toString(), "-o", folder.toString()))
                        .exit())
                .isEqualTo(2);
        assertThat(folder).isDirectory();
    }

    @Test
    void artifactsTakeTheUmasksMode() throws Exception {
        Path source = source("mode.bd", HELLO);
        for (String[] umaskAndMode : new String[][] {{"022", "rw-r--r--"}, {"027", "rw-r-----"}}) {
            Path jar = work.resolve("mode-" + umaskAndMode[0] + ".jar");
            List<String> build = Processes.beskid("build", source.toString(), "-o", jar.toString());
            Run built = run(prefixed(List.of("sh", "-c", "umask " + umaskAndMode[0] + " && exec \"$@\"", "sh"), build));
            assertThat(built.exit()).as(built.stderr()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jar)))
                    .as("umask " + umaskAndMode[0])
                    .isEqualTo(umaskAndMode[1]);
        }
    }

    @Test
    void aWriteErrorNamesTheTargetAndTheCause() throws Exception {
        Path source = source("nowhere.bd", HELLO);
        Path blocker = Files.writeString(work.resolve("not-a-folder"), "a file");
        String target = blocker.resolve("out.jar").toString();
        Run r = run(Processes.beskid("build", source.toString(), "-o", target));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr().strip())
                .startsWith("beskid: cannot write " + target + ": ")
                .doesNotContain(".tmp", "\n");
    }

    // ---- reading sources -------------------------------------------------------------------

    @Test
    void sourcesMustBeRegularFilesWithinTheSizeLimit() throws Exception {
        Run device = run(Processes.beskid("check", "/dev/zero"));
        assertThat(device.exit()).isEqualTo(2);
        assertThat(device.stderr().strip()).isEqualTo("beskid: cannot read /dev/zero: not a regular file");

        Path huge = work.resolve("huge.bd");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength((64L << 20) + 1); // sparse: costs no disk
        }
        Run tooBig = run(Processes.beskid("check", huge.toString()));
        assertThat(tooBig.exit()).isEqualTo(2);
        assertThat(tooBig.stderr().strip())
                .isEqualTo("beskid: cannot read " + huge + ": larger than the limit of 64 MiB");
    }

    @Test
    void anUnreadableSourceSaysPermissionDenied() throws Exception {
        Path secret = source("secret.bd", HELLO);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // root reads any file whatever its mode: then there is nothing to observe here (IoErrorsTest
        // pins the message itself).
        assumeTrue(!Files.isReadable(secret), "running as root: every file is readable");
        Run r = run(Processes.beskid("check", secret.toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr().strip()).isEqualTo("beskid: cannot read " + secret + ": permission denied");
    }

    @Test
    void anErrorInTheLauncherIsOneLineAndExit3AndTheProcessEnds() throws Exception {
        // 60 MB of source (within the limit) in a 40 MB heap: an OutOfMemoryError while reading.
        Path big = work.resolve("big.bd");
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 60; i++) {
                out.write(spaces);
            }
        }
        Run r = run(Processes.beskid(List.of("-Xmx40m"), "check", big.toString()));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr().strip()).startsWith("beskid: internal error: ").doesNotContain("\n");
    }

    // ---- command lines ---------------------------------------------------------------------

    @Test
    void anUnknownBackendIsABadCommandLine() throws Exception {
        Run r = run(Processes.beskid(
                "run", "--backend", "foo", source("any.bd", HELLO).toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr().strip()).isEqualTo("beskid: unknown backend `foo`; use jit or aot");
    }

    // ---- executables -------------------------------------------------------------------------

    @Test
    void anExecutableForANewerJavaSaysSoInOneLine() throws Exception {
        int running = Runtime.version().feature();
        String target = running < 21 ? "jvm21" : running < 25 ? "jvm25" : null;
        assumeTrue(target != null, "no target newer than Java " + running);
        Path source = source("newer.bd", HELLO);
        Path jar = work.resolve("newer.jar");
        assertThat(run(Processes.beskid("build", source.toString(), "--target", target, "-o", jar.toString()))
                        .exit())
                .isZero();
        Run r = run(Processes.exe(jar));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr())
                .isEqualTo("beskid: this program needs Java " + target.substring(3) + " or newer; running on " + running
                        + "\n");
    }

    @Test
    void anExecutableWhoseClassesDoNotLoadSaysSoInOneLine() throws Exception {
        Path jar = exe(source("corrupt.bd", HELLO));
        Path corrupt = work.resolve("corrupt-broken.jar");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(corrupt))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                boolean program =
                        entry.getName().startsWith("prog/") && entry.getName().endsWith(".class");
                out.write(program ? java.util.Arrays.copyOf(bytes, bytes.length / 2) : bytes);
                out.closeEntry();
            }
        }
        Run r = run(Processes.exe(corrupt));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).startsWith("beskid: cannot load the program").doesNotContain("\tat ");
        assertThat(r.stderr().lines()).hasSize(1);
    }

    @Test
    void aStackOverflowReportsTheSameFrameUnderJitAndTheExecutable() throws Exception {
        Path source = Corpus.home().resolve("stack_overflow.bd");
        Run jit = run(Processes.beskid("run", source.toString()));
        Run exe = run(Processes.exe(exe(source)));
        assertThat(jit.exit()).isEqualTo(101);
        assertThat(jit.stderr()).isEqualTo("panic: stack overflow\n  at stack_overflow.bd:12\n");
        assertThat(exe).isEqualTo(jit);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static Path source(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private static Path exe(Path source) throws Exception {
        Path jar = work.resolve(source.getFileName().toString().replace(".bd", "") + "-exe.jar");
        Run built = run(Processes.beskid("build", source.toString(), "-o", jar.toString()));
        assertThat(built.exit()).as(built.stderr()).isZero();
        return jar;
    }

    private static List<String> prefixed(List<String> prefix, List<String> cmd) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(cmd);
        return all;
    }

    static Run run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        p.getOutputStream().close();
        try {
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished: " + cmd).isTrue();
        } finally {
            Processes.destroyTree(p);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String lineContaining(BufferedReader in, String text) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.contains(text)) {
                    return line;
                }
            }
            return "(end of output)";
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }
}
