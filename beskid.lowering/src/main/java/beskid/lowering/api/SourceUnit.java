package beskid.lowering.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One Beskid source file as bytes (decoded as UTF-8 by lowering; a BOM is ignored).
 *
 * @param path the path diagnostics show; its last segment names the file in panic traces
 * @param content the raw bytes
 */
public record SourceUnit(String path, byte[] content) {
    /** Requires both parts. */
    public SourceUnit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** A source from text. */
    public static SourceUnit of(String path, String text) {
        return new SourceUnit(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file name without folders, e.g. {@code Main.bd}. */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
