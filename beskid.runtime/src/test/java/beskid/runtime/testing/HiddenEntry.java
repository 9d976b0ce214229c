package beskid.runtime.testing;

/** A program entry that only reflection with access checks suppressed can call (as lowered entries may be). */
public final class HiddenEntry {
    /** The exit code main returns. */
    public static final int EXIT = 17;

    private HiddenEntry() {}

    @SuppressWarnings("unused") // called through the jar manifest
    private static int main() {
        return EXIT;
    }
}
