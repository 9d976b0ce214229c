package beskid.lowering.emit;

import beskid.lowering.api.LoweredArtifact;
import java.util.Map;

/** Defines the classes of a lowered artifact on demand, for running it in a test. */
public final class ArtifactClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    public ArtifactClassLoader(LoweredArtifact artifact) {
        super(ArtifactClassLoader.class.getClassLoader());
        this.classes = artifact.classes();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
