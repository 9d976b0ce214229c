package beskid.lowering.backend;

import java.util.Map;

/**
 * Defines lowered classes (by binary name) in memory for a run. It sees only {@code java.lang}
 * (values, strings, boxing, lambdas) and the {@code beskid.abi} package (through the given
 * loader, a backend bundle's, which imports it), so generated code can reach no other JDK
 * package and no other bundle. One loader per
 * run: when the run is over, the loader and its classes become unreachable and are unloaded.
 */
public final class ArtifactClassLoader extends ClassLoader {
    private static final String ABI_PACKAGE = "beskid.abi.";
    /** The JDK that generated code may use: values, strings, boxing and lambdas (see docs/LOWERING.md). */
    private static final String JDK_BASICS = "java.lang.";

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
        if (name.startsWith(JDK_BASICS)) {
            return super.loadClass(name, resolve);
        }
        // Everything else must be the artifact's own: no other JDK package, no other bundle.
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name + " is neither in the artifact nor among what generated code may use"
                    + " (java.lang, beskid.abi)");
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
