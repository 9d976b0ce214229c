/**
 * The runtime's output policy for the process's own streams (descriptors 1 and 2), the same
 * for every backend and for an executable jar: block-buffered into a pipe or a file,
 * line-buffered on a terminal, stderr written through at once (after stdout is flushed, so
 * both keep program order on a shared terminal or file), everything flushed when the process
 * is stopped by a signal, and a closed pipe on a stream ends the run as SIGPIPE ends a C
 * program (exit 141, silently). Streams that are not the process's (a Gogo session, a test's
 * capture) are left as the caller made them. Start with {@link beskid.runtime.output.ProcessOutput}.
 */
package beskid.runtime.output;
