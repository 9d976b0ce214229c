package beskid.cli.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Constants;

/**
 * The packages the system bundle exports ({@code org.osgi.framework.system.packages}), kept per
 * JVM and Felix in the cache root. Felix computes them on every start by expanding its
 * {@code default.properties} against the JDK's modules, which took about a quarter of framework
 * init; a later start hands Felix the expanded value, so it resolves against exactly the same
 * exports. Another JDK or another Felix jar has a file of its own.
 */
final class SystemPackages {
    private final Path file;

    private SystemPackages(Path file) {
        this.file = file;
    }

    /** The file for this JVM and the Felix on the class path. */
    static SystemPackages in(Path cacheRoot) {
        return new SystemPackages(cacheRoot
                .resolve("system-packages")
                .resolve(key(System.getProperty("java.home"), felixJar()) + ".txt"));
    }

    /** The kept value, or null when there is none (or it cannot be read). */
    String read() {
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8);
            return value.isBlank() ? null : value;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps what an initialised framework computed; best effort, as a lost file is only slower. */
    void keep(Felix initialised) {
        String value = initialised.getBundleContext().getProperty(Constants.FRAMEWORK_SYSTEMPACKAGES);
        if (value == null || value.contains("${")) {
            return;
        }
        Path scratch = null;
        try {
            Files.createDirectories(file.getParent());
            scratch = Files.createTempFile(file.getParent(), "write-", ".tmp");
            Files.writeString(scratch, value, StandardCharsets.UTF_8);
            // A rename, so a concurrent start reads the whole value or none.
            Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next start computes it again; no scratch file is left for every start to add to
            if (scratch != null) {
                BundleCaches.deleteTree(scratch); // quietly, as the caches' own leftovers
            }
        }
    }

    Path file() {
        return file;
    }

    /** Names a JVM (its home and exact version) and a Felix jar (path, size, time). */
    static String key(String javaHome, String felixJar) {
        String jvm = javaHome + "|" + System.getProperty("java.runtime.version") + "|"
                + System.getProperty("java.vm.version") + "|" + felixJar;
        return Fingerprint.of(jvm);
    }

    private static String felixJar() {
        try {
            Path jar = Layout.codeSource(Felix.class);
            return jar + ":" + Fingerprint.stamp(jar);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
