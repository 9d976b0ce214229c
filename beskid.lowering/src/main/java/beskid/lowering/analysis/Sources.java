package beskid.lowering.analysis;

import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts a program may load, by URI: the editor's open documents first, then the files on
 * disk. Every file a program asked for is remembered with what it got (null for none), so a
 * later analysis can tell whether the program would load the same files again.
 */
final class Sources {
    private final Map<String, byte[]> open;

    /** @param open the open documents' UTF-8 bytes by URI (not copied; the caller does not change it) */
    Sources(Map<String, byte[]> open) {
        this.open = open;
    }

    /** The file at a URI: an open document, else a file on disk, else null. */
    SourceUnit unit(String uri) throws IOException {
        byte[] text = open.get(uri);
        if (text != null) {
            return new SourceUnit(uri, text);
        }
        Path file = Uris.path(uri);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new SourceUnit(uri, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The current bytes at a URI, or null; an unreadable file counts as none. */
    byte[] content(String uri) {
        try {
            SourceUnit u = unit(uri);
            return u == null ? null : u.content();
        } catch (IOException e) {
            return null;
        }
    }

    /** A loader for the modules of the entry {@code entryUri}, recording each file it was asked for. */
    Recording loader(String entryUri) {
        return new Recording(entryUri);
    }

    /** A module loader that notes what it loaded. */
    final class Recording implements SourceLoader {
        private final String entryUri;
        private final Map<String, byte[]> seen = new LinkedHashMap<>();

        Recording(String entryUri) {
            this.entryUri = entryUri;
        }

        @Override
        public SourceUnit load(String path) throws IOException {
            String uri = Uris.resolve(entryUri, path);
            SourceUnit u = unit(uri);
            seen.put(uri, u == null ? null : u.content());
            return u;
        }

        /** Every module file asked for, with the bytes it had (null: none). */
        Map<String, byte[]> seen() {
            return seen;
        }
    }
}
