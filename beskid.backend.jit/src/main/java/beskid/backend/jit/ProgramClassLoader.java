package beskid.backend.jit;

import java.util.Map;

/**
 * Defines one run's lowered classes in memory. It sees only the JDK (through the platform
 * loader) and the exported {@code beskid.abi} package (through this bundle's imports), so
 * generated code cannot reach any other bundle. One loader per run: when the run is over, the
 * loader and its classes become unreachable and are unloaded.
 */
final class ProgramClassLoader extends ClassLoader {
    private static final String ABI_PACKAGE = "beskid.abi.";

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final ClassLoader abiLoader;

    ProgramClassLoader(Map<String, byte[]> classes, ClassLoader abiLoader) {
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
