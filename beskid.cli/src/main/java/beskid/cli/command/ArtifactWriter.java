package beskid.cli.command;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuiltArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a built artifact: the backend hands over bytes, the tool owns the files. A jar is
 * written atomically, so a failed build never leaves half a jar.
 */
final class ArtifactWriter {
    private ArtifactWriter() {}

    static void write(BuiltArtifact artifact, Path out) {
        try {
            if (artifact.kind() == ArtifactKind.CLASSES) {
                for (Map.Entry<String, byte[]> file : artifact.files().entrySet()) {
                    Path target = out.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            } else {
                AtomicFiles.write(out, artifact.jar());
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}
