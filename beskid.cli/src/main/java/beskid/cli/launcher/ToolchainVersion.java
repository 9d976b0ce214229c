package beskid.cli.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The toolchain's version, as the build wrote it into {@code beskid/cli/version.properties}. */
public final class ToolchainVersion {
    private static final String VERSION = read();

    private ToolchainVersion() {}

    /** The Maven version of this distribution, e.g. {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = ToolchainVersion.class.getResourceAsStream("/beskid/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": the version only names the cache folder and is printed
        }
        return p.getProperty("version", "unknown");
    }
}
