package beskid.lowering.api;

import beskid.abi.RunContext;

/**
 * Tests to run.
 *
 * @param sources the program: its entry file and the loader of its module files
 * @param context the streams the tests' own output goes to (each test gets a fresh run on them)
 * @param filter which tests to run; filtered-out tests are not reported at all
 */
public record TestRequest(SourceSet sources, RunContext context, TestFilter filter) {
    /** A request for a program of one file. */
    public TestRequest(SourceUnit source, RunContext context, TestFilter filter) {
        this(SourceSet.of(source), context, filter);
    }

    /** The program's entry file. */
    public SourceUnit source() {
        return sources.entry();
    }
}
