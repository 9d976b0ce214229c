package beskid.lowering.api;

import beskid.abi.RunContext;

/**
 * Tests to run.
 *
 * @param source the file holding the {@code test} blocks
 * @param context the streams the tests' own output goes to (each test gets a fresh run on them)
 * @param filter which tests to run; filtered-out tests are not reported at all
 */
public record TestRequest(SourceUnit source, RunContext context, TestFilter filter) {}
