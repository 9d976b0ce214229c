package beskid.eclipse;

/** The identifiers plugin.xml declares, for code and for clients (tests, other plug-ins). */
public final class Ids {
    /** The bundle's symbolic name, the namespace of every id below. */
    public static final String PLUGIN = "beskid.eclipse";
    /** The content type of {@code *.bd} files. */
    public static final String CONTENT_TYPE = PLUGIN + ".source";
    /** The project nature that installs the builder. */
    public static final String NATURE = PLUGIN + ".nature";
    /** The incremental project builder. */
    public static final String BUILDER = PLUGIN + ".builder";
    /** The marker type of Beskid problems (a problem marker and a text marker). */
    public static final String PROBLEM = PLUGIN + ".problem";
    /** The marker attribute holding the diagnostic's error code, e.g. {@code E0201}. */
    public static final String CODE = "code";
    /** The launch configuration type. */
    public static final String LAUNCH_TYPE = PLUGIN + ".launch";

    private Ids() {}
}
