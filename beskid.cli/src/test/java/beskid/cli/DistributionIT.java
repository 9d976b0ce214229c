package beskid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.testkit.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable distribution as a user gets it: {@code target/beskid-<version>.zip} unpacked
 * into a folder of its own, run as {@code bin/beskid} from elsewhere, with only a JDK (through
 * {@code JAVA_HOME} or the {@code PATH}) and a home folder. The install folder is never written
 * to; every user's bundle cache lives in that user's cache folder.
 */
class DistributionIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    static Path work;

    static Path install;
    static Map<String, String> installedFiles;

    record Run(int exit, String stdout, String stderr) {}

    @BeforeAll
    static void unpackTheZip() throws IOException {
        Path zip;
        try (Stream<Path> files = Files.list(TARGET)) {
            zip = files.filter(p -> p.getFileName().toString().matches("beskid-.+\\.zip"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no beskid-<version>.zip in " + TARGET));
        }
        assertThat(zip.resolveSibling(zip.getFileName().toString().replace(".zip", ".tar.gz")))
                .isRegularFile();
        Path into = Files.createDirectories(work.resolve("opt"));
        unzip(zip, into);
        try (Stream<Path> top = Files.list(into)) {
            install = top.findFirst().orElseThrow();
        }
        assertThat(install.getFileName().toString())
                .isEqualTo(zip.getFileName().toString().replace(".zip", ""));
        for (String part :
                List.of("bin/beskid", "lib/beskid.cli.jar", "README.md", "docs/LANGUAGE.md", "examples/hello.bd")) {
            assertThat(install.resolve(part)).as(part).isRegularFile();
        }
        assertThat(install.resolve("bundles"))
                .isDirectoryContaining(p -> p.toString().endsWith("beskid.runtime.jar"));
        readOnly(install);
        installedFiles = listing(install);
    }

    @AfterAll
    static void theInstallFolderWasNeverWritten() throws IOException {
        assertThat(listing(install)).isEqualTo(installedFiles);
    }

    @Test
    void runsProgramsFromAnyDirectory() throws Exception {
        Path home = home("runs");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        assertThat(beskid(
                        home,
                        elsewhere,
                        Map.of(),
                        "run",
                        install.resolve("examples/hello.bd").toString()))
                .isEqualTo(new Run(0, "Hello, Beskid!\n", ""));
        Files.copy(Corpus.file("exit_code.bd"), elsewhere.resolve("exit_code.bd"));
        assertThat(beskid(home, elsewhere, Map.of(), "run", "exit_code.bd").exit())
                .isEqualTo(44);
        assertThat(home.resolve(".cache/beskid")).isDirectory();
    }

    @Test
    void findsJavaOnThePathWithoutJavaHome() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", "", "PATH", JAVA_HOME.resolve("bin") + ":/usr/bin:/bin");
        assertThat(beskid(
                                home("path"),
                                work,
                                env,
                                "run",
                                install.resolve("examples/hello.bd").toString())
                        .stdout())
                .isEqualTo("Hello, Beskid!\n");
        Run none = beskid(home("nojava"), work, Map.of("JAVA_HOME", "", "PATH", "/nonexistent"), "--version");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.stderr()).isEqualTo("beskid: no Java found: install a JDK 17 or newer, or set JAVA_HOME\n");
    }

    @Test
    void checkBuildTestAndShellBehaveAsFromTheCheckout() throws Exception {
        Path home = home("tools");
        Run check = beskid(
                home, work, Map.of(), "check", Corpus.file("compile_error.bd").toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.stderr()).contains("compile_error.bd:5:17: error[", "undefined_name", "^");

        Path out = Files.createDirectories(work.resolve("build-out"));
        Run build = beskid(
                home, out, Map.of(), "build", Corpus.file("collections.bd").toString(), "-o", "c.jar");
        assertThat(build.exit()).as(build.stderr()).isZero();
        Run jit =
                beskid(home, out, Map.of(), "run", Corpus.file("collections.bd").toString());
        Run exe = exec(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", "c.jar"), out, Map.of(), null);
        assertThat(exe).isEqualTo(jit);
        assertThat(jit.exit()).isEqualTo(101);

        Run test = beskid(
                home, work, Map.of(), "test", Corpus.file("unit_tests.bd").toString());
        assertThat(test.exit()).isEqualTo(1);
        assertThat(test.stdout()).endsWith("2 passed, 1 failed, 1 skipped\n");

        Run shell = exec(
                command("shell"),
                work,
                env(home, Map.of()),
                "beskid:backends\nbeskid:run " + install.resolve("examples/hello.bd") + "\n");
        assertThat(shell.exit()).isZero();
        assertThat(shell.stdout()).contains("run   jit", "build aot", "Hello, Beskid!");
        assertThat(shell.stderr()).isEmpty();
    }

    @Test
    void versionNamesTheToolchainTheAbiAndTheJava() throws Exception {
        Run r = beskid(home("version"), work, Map.of(), "--version");
        assertThat(r.exit()).isZero();
        List<String> lines = r.stdout().lines().toList();
        String version = install.getFileName().toString().substring("beskid-".length());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("beskid " + version);
        assertThat(lines.get(1)).startsWith("ABI 1.1.0 (");
        assertThat(lines.get(2)).startsWith("Java " + System.getProperty("java.version") + " (");
    }

    @Test
    void theCacheFollowsXdgCacheHome() throws Exception {
        Path home = home("xdg");
        Path xdg = work.resolve("xdg-cache");
        Run r = beskid(
                home,
                work,
                Map.of("XDG_CACHE_HOME", xdg.toString()),
                "run",
                Corpus.file("exit_code.bd").toString());
        assertThat(r.exit()).isEqualTo(44);
        String version = install.getFileName().toString().substring("beskid-".length());
        assertThat(xdg.resolve("beskid").resolve(version).resolve("felix")).isDirectory();
        assertThat(home.resolve(".cache")).doesNotExist();
    }

    @Test
    void twoUsersRunTheSameInstallAtOnce() throws Exception {
        Path alice = home("alice");
        Path bob = home("bob");
        List<Run> runs = concurrently(
                8,
                i -> beskid(
                        i % 2 == 0 ? alice : bob,
                        work,
                        Map.of(),
                        "run",
                        Corpus.file("exit_code.bd").toString()));
        assertThat(runs).allSatisfy(r -> assertThat(r.exit()).as(r.stderr()).isEqualTo(44));
        assertThat(runs).allSatisfy(r -> assertThat(r.stderr()).isEmpty());
        for (Path home : List.of(alice, bob)) {
            Path cache = versionCache(home);
            assertThat(cache.resolve("felix")).isDirectory();
            assertThat(cache.resolve("tmp")).isEmptyDirectory();
        }
    }

    @Test
    void concurrentRunsRightAfterTheBundlesChangeAllSucceedAndLeaveOneGoodCache() throws Exception {
        // A writable copy of the install whose bundles are then "updated" under running users.
        Path mine = work.resolve("mine");
        copyTree(install, mine);
        Path home = home("updates");
        assertThat(beskid(
                                mine,
                                home,
                                work,
                                Map.of(),
                                "run",
                                Corpus.file("exit_code.bd").toString())
                        .exit())
                .isEqualTo(44);
        String before = fingerprint(versionCache(home).resolve("felix"));
        for (Path jar :
                List.of(mine.resolve("bundles/beskid.backend.jit.jar"), mine.resolve("bundles/beskid.lowering.jar"))) {
            Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        }
        List<Run> runs = concurrently(
                8,
                i -> beskid(
                        mine,
                        home,
                        work,
                        Map.of(),
                        "run",
                        Corpus.file("exit_code.bd").toString()));
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.exit()).as(r.stderr()).isEqualTo(44);
            assertThat(r.stderr()).isEmpty();
        });
        Path cache = versionCache(home);
        assertThat(cache.resolve("tmp")).as("private caches are removed").isEmptyDirectory();
        String after = fingerprint(cache.resolve("felix"));
        assertThat(after).isNotEqualTo(before);
        assertThat(cache.resolve("template-" + after)).isDirectory();
        // The kept cache still works after all that.
        assertThat(beskid(
                                mine,
                                home,
                                work,
                                Map.of(),
                                "run",
                                Corpus.file("exit_code.bd").toString())
                        .exit())
                .isEqualTo(44);
    }

    @Test
    void archivesOfOtherJdksOrInstallsAreDroppedAfterAMonth() throws Exception {
        Path home = home("old-archives");
        Path cds = Files.createDirectories(versionCache(home).resolve("cds"));
        Path old = Files.write(cds.resolve("launcher-1.jsa"), new byte[] {1});
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 40L * 24 * 3600 * 1000));
        Path recent = Files.write(cds.resolve("launcher-2.jsa"), new byte[] {2});
        assertThat(beskid(
                                home,
                                work,
                                Map.of(),
                                "run",
                                install.resolve("examples/hello.bd").toString())
                        .stdout())
                .isEqualTo("Hello, Beskid!\n");
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void aStartReadsNoComponentDescriptions() throws Exception {
        // Felix SCR's parsed component descriptions are kept in the bundle cache when it is
        // built, so a start parses no XML: the JDK's XML parser is never even loaded.
        Path home = home("no-xml");
        String hello = install.resolve("examples/hello.bd").toString();
        assertThat(beskid(home, work, Map.of(), "run", hello).exit()).isZero();
        Run logged =
                beskid(home, work, Map.of("BESKID_JAVA_OPTS", "-Xlog:class+load=info -XX:+UseSerialGC"), "run", hello);
        assertThat(logged.stdout()).contains("Hello, Beskid!").contains("beskid.cli.launcher.Launcher");
        assertThat(logged.stdout()).doesNotContain("javax.xml.parsers.SAXParserFactory");
    }

    @Test
    void twoInstallsOfOneVersionEachUseTheirOwnClassDataArchive() throws Exception {
        // Two folders holding the same version share a user's cache folder. A class-data-sharing
        // archive only maps for the class path it was written with, and the JVM drops one that
        // does not quietly (the launcher silences CDS logging), so each install needs its own.
        Path other = work.resolve("other-install");
        copyTree(install, other);
        Path home = home("two-installs");
        String hello = install.resolve("examples/hello.bd").toString();
        for (Path installed : List.of(install, other, install, other)) {
            // the first run of each writes its archive, the second puts it in place
            assertThat(beskid(installed, home, work, Map.of(), "run", hello).stdout())
                    .isEqualTo("Hello, Beskid!\n");
        }
        for (Path installed : List.of(install, other)) {
            // -Xshare:on makes an archive that does not map a failure instead of a slow start
            Run r = beskid(
                    installed, home, work, Map.of("BESKID_JAVA_OPTS", "-Xshare:on -XX:+UseSerialGC"), "run", hello);
            assertThat(r.stderr()).as(installed.toString()).isEmpty();
            assertThat(r.stdout()).isEqualTo("Hello, Beskid!\n");
        }
    }

    // --- helpers -------------------------------------------------------------------------

    interface Job {
        Run run(int i) throws Exception;
    }

    static List<Run> concurrently(int n, Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> job.run(index)));
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> f : futures) {
                runs.add(f.get(5, TimeUnit.MINUTES));
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    static Run beskid(Path home, Path cwd, Map<String, String> extraEnv, String... args) throws Exception {
        return beskid(install, home, cwd, extraEnv, args);
    }

    static Run beskid(Path installed, Path home, Path cwd, Map<String, String> extraEnv, String... args)
            throws Exception {
        List<String> cmd =
                new ArrayList<>(List.of(installed.resolve("bin/beskid").toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, cwd, env(home, extraEnv), null);
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(install.resolve("bin/beskid").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Map<String, String> env(Path home, Map<String, String> extra) {
        Map<String, String> env = new TreeMap<>();
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", JAVA_HOME.toString());
        env.put("PATH", "/usr/bin:/bin");
        env.putAll(extra);
        return env;
    }

    static Run exec(List<String> cmd, Path cwd, Map<String, String> env, String stdin) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().clear();
        env.forEach((k, v) -> {
            if (!v.isEmpty()) {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("finished: " + cmd).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path home(String name) throws IOException {
        return Files.createDirectories(work.resolve("home-" + name));
    }

    static Path versionCache(Path home) {
        String version = install.getFileName().toString().substring("beskid-".length());
        return home.resolve(".cache/beskid").resolve(version);
    }

    static String fingerprint(Path cache) throws IOException {
        return Files.readString(cache.resolve("beskid.fingerprint"));
    }

    static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into))
                        .as("inside the folder: " + e.getName())
                        .isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target); // not closed: that would end the whole archive
                if (e.getName().contains("/bin/")) {
                    target.toFile().setExecutable(true, false);
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
                    Files.copy(source, target);
                    target.toFile().setWritable(true);
                    if (source.toFile().canExecute()) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    static void readOnly(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(p -> p.toFile().setWritable(false, false));
        }
    }

    /** Every path of the install with its size and time: what "never written" is checked against. */
    static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                files.put(
                        dir.relativize(p).toString(),
                        Files.isDirectory(p)
                                ? "dir"
                                : Files.size(p) + "@"
                                        + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
