package beskid.lowering.analysis;

import java.net.URI;
import java.nio.file.Path;

/** Document URIs: resolving module paths against an entry, and the files behind {@code file:} URIs. */
final class Uris {
    private Uris() {}

    /** The URI of {@code relative} (segments separated by {@code /}) in the folder of {@code base}. */
    static String resolve(String base, String relative) {
        try {
            URI resolved = URI.create(base).resolve(relative);
            if (base.startsWith("file://") && resolved.getRawAuthority() == null) {
                // URI.resolve drops the empty authority (file:/a/b); editors and Path.toUri write file:///a/b
                return "file://" + resolved.getRawPath();
            }
            return resolved.toString();
        } catch (IllegalArgumentException e) {
            int slash = base.lastIndexOf('/');
            return base.substring(0, slash + 1) + relative;
        }
    }

    /** The file a {@code file:} URI names, or null for any other URI. */
    static Path path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The URI of a file. */
    static String of(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    /** How deep a URI's path is, in segments: entries sit higher than their module files. */
    static int depth(String uri) {
        int n = 0;
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}
