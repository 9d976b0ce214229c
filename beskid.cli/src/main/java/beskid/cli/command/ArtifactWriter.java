package beskid.cli.command;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuiltArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a built artifact: the backend hands over bytes, the tool owns the files. A jar is
 * written atomically, so a failed build never leaves half a jar; it never replaces anything
 * but a regular file, and never one of the program's own sources.
 */
final class ArtifactWriter {
    private ArtifactWriter() {}

    static void write(BuiltArtifact artifact, Path out, Collection<Path> sources) {
        refuseSources(out, sources);
        if (artifact.kind() == ArtifactKind.CLASSES) {
            writeClasses(artifact, out);
        } else {
            AtomicFiles.write(out, artifact.jar());
        }
    }

    private static void refuseSources(Path out, Collection<Path> sources) {
        for (Path source : sources) {
            if (isSameFile(out, source)) {
                throw new UserError("refusing to write " + out + ": it is the program's source " + source);
            }
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void writeClasses(BuiltArtifact artifact, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("refusing to write classes into " + out + ": it is not a folder");
        }
        for (Map.Entry<String, byte[]> file : artifact.files().entrySet()) {
            Path target = out.resolve(file.getKey());
            AtomicFiles.refuseUnlessRegularOrAbsent(target);
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            } catch (IOException e) {
                throw new UserError("cannot write " + target + ": " + IoErrors.cause(e));
            }
        }
    }
}
