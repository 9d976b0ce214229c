package beskid.lowering.api;

import beskid.abi.RunContext;

/**
 * A program to run and the context of the run.
 *
 * @param sources the program: its entry file and the loader of its module files
 * @param context its streams and arguments
 */
public record RunRequest(SourceSet sources, RunContext context) {
    /** A request for a program of one file. */
    public RunRequest(SourceUnit source, RunContext context) {
        this(SourceSet.of(source), context);
    }

    /** The program's entry file. */
    public SourceUnit source() {
        return sources.entry();
    }
}
