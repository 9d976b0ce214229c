package beskid.cli.command;

import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuiltArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a built artifact: the backend hands over bytes, the tool owns the files. Writes go to
 * a temporary sibling first and are moved into place, so a failed build never leaves half a jar.
 */
final class ArtifactWriter {
    private ArtifactWriter() {
    }

    static void write(BuiltArtifact artifact, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (artifact.kind() == ArtifactKind.CLASSES) {
                for (Map.Entry<String, byte[]> file : artifact.files().entrySet()) {
                    Path target = out.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            } else {
                Path temp = Files.createTempFile(parent, ".beskid-", ".tmp");
                Files.write(temp, artifact.jar());
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}
