package beskid.conformance;

import beskid.abi.Abi;
import beskid.abi.ExecutionEntry;
import beskid.backend.aot.AotBackend;
import beskid.backend.jit.JitBackend;
import beskid.lowering.api.LoweringService;
import beskid.runtime.standalone.StandaloneRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The real bundles' classes wired by hand, outside a container: one lowering, one runtime, both backends. */
final class Toolchain {
    static final ExecutionEntry RUNTIME = StandaloneRuntime.start();
    static final LoweringService LOWERING = newLowering();
    static final JitBackend JIT = new JitBackend(LOWERING, RUNTIME);
    static final AotBackend AOT = new AotBackend(LOWERING, RUNTIME, Toolchain::runtimeClassFiles);

    private Toolchain() {}

    private static LoweringService newLowering() {
        return LoweringService.standalone();
    }

    /** The runtime's class files, read from wherever the runtime's classes are (its jar or classes folder). */
    static SortedMap<String, byte[]> runtimeClassFiles() {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        try {
            Path where = Path.of(Abi.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path runtime = Path.of(StandaloneRuntime.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (Path root : new Path[] {where, runtime}) {
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        for (Path f :
                                (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                            classes.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(root.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry entry = e.nextElement();
                            if (entry.getName().startsWith("beskid/")
                                    && entry.getName().endsWith(".class")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    classes.put(entry.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
