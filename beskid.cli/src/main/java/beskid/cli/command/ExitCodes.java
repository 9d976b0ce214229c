package beskid.cli.command;

/** The CLI's own exit codes (a program's run returns the program's code). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** {@code beskid test}: at least one test failed. */
    public static final int TESTS_FAILED = 1;
    /** Compile errors, or a command line the CLI cannot use. */
    public static final int COMPILE_ERROR = 2;
    /** Something inside the toolchain failed. */
    public static final int INTERNAL_ERROR = 3;
    /** Not an exit: tells the launcher to keep the container up until it stops (the shell). */
    public static final int WAIT_FOR_STOP = -1;

    private ExitCodes() {}
}
