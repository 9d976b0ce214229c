package beskid.lowering.api;

/** The forms an AOT build can take. */
public enum ArtifactKind {
    /** Executable jar with the runtime embedded; runs with {@code java -jar}. */
    EXE,
    /** Library jar that links to an installed runtime. */
    JAR,
    /** A directory of class files. */
    CLASSES,
    /** An OSGi bundle that resolves only where the runtime provides every symbol it imports. */
    BUNDLE;

    /** The kind named on a command line ({@code exe}, {@code jar}, {@code classes}, {@code bundle}), or null. */
    public static ArtifactKind parse(String name) {
        for (ArtifactKind k : values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }
}
