package beskid.runtime.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Files of the reactor that tests compare the code with (cnf/abi.bnd, docs/abi/). */
public final class Workspace {
    private Workspace() {}

    /** The reactor root: the nearest folder at or above the working directory holding cnf/abi.bnd. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("cnf/abi.bnd"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no cnf/abi.bnd above " + Path.of("").toAbsolutePath());
    }

    /**
     * The properties of cnf/abi.bnd. A bnd file is read as Java properties ({@code key: value},
     * backslash continuation), which is how bnd itself reads it.
     */
    public static Properties abiBnd() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(root().resolve("cnf/abi.bnd"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /** A property of cnf/abi.bnd that must be there. */
    public static String abiBnd(String key) {
        String value = abiBnd().getProperty(key);
        if (value == null) {
            throw new IllegalStateException("cnf/abi.bnd has no " + key);
        }
        return value.trim();
    }
}
