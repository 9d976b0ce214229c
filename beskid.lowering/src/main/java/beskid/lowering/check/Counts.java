package beskid.lowering.check;

/** Counts in diagnostics: "1 argument", "2 arguments", "0 type arguments". */
final class Counts {
    private Counts() {}

    /** {@code n} followed by {@code noun}, plural unless {@code n} is 1. */
    static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
