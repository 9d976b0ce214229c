package beskid.lowering.api;

import java.util.Map;

/**
 * Defines lowered classes (by binary name) in memory for a run. It sees only the JDK (through
 * the platform loader) and the {@code beskid.abi} package (through the given loader, a backend
 * bundle's, which imports it), so generated code cannot reach any other bundle. One loader per
 * run: when the run is over, the loader and its classes become unreachable and are unloaded.
 */
public final class ArtifactClassLoader extends ClassLoader {
    private static final String ABI_PACKAGE = "beskid.abi.";

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final ClassLoader abiLoader;

    /**
     * A loader for the given classes.
     *
     * @param classes class files by binary name
     * @param abiLoader a loader that sees {@code beskid.abi}
     */
    public ArtifactClassLoader(Map<String, byte[]> classes, ClassLoader abiLoader) {
        super("beskid-program", ClassLoader.getPlatformClassLoader());
        this.classes = classes;
        this.abiLoader = abiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(ABI_PACKAGE)) {
            return abiLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
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
