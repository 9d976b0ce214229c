package beskid.lowering.emit;

/**
 * The JSR-45 source map (SourceDebugExtension) of a class lowered from a program's file: one
 * stratum, {@code Beskid}, the default, naming the file and its real path, with lines mapped
 * one to one (the LineNumberTable already holds Beskid lines). A debugger that knows strata
 * (JDI, Eclipse's JDT) then finds the source by its path, whatever the class is called.
 */
final class SourceMap {
    /** The stratum debuggers show; JDI's {@code ReferenceType.availableStrata()} lists it. */
    static final String STRATUM = "Beskid";

    /** A class file's line numbers are unsigned 16-bit: every possible line maps to itself. */
    private static final int MAX_LINE = 65535;

    private SourceMap() {}

    /**
     * @param className the generated class's internal name (the map's "generated file")
     * @param fileName the source's file name, e.g. {@code Main.bd}
     * @param path the source path as the tool was given it, e.g. {@code src/demo/Main.bd}
     */
    static String of(String className, String fileName, String path) {
        String generated = className.substring(className.lastIndexOf('/') + 1);
        return "SMAP\n" + generated + "\n" + STRATUM + "\n"
                + "*S " + STRATUM + "\n"
                + "*F\n"
                + "+ 1 " + fileName + "\n"
                + path.replace('\\', '/') + "\n"
                + "*L\n"
                + "1#1," + MAX_LINE + ":1\n"
                + "*E\n";
    }
}
