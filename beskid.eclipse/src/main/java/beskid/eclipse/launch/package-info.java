/**
 * The Beskid launch configuration type. {@link beskid.eclipse.launch.BeskidLaunchDelegate}
 * runs a file's main through a {@code RunBackend} in this JVM, as a
 * {@link beskid.eclipse.launch.ProgramProcess} whose streams are the program's; in debug mode
 * it builds an executable with the AOT backend and runs it in a child JVM with a debug agent.
 */
package beskid.eclipse.launch;
