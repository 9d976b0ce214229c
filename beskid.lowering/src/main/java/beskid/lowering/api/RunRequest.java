package beskid.lowering.api;

import beskid.abi.RunContext;

/**
 * A program to run and the context of the run.
 *
 * @param source the program
 * @param context its streams and arguments
 */
public record RunRequest(SourceUnit source, RunContext context) {}
