/**
 * The Beskid builder: {@link beskid.eclipse.build.BeskidBuilder} decides which {@code .bd}
 * files to check (all of them, or the changed ones and those that depend on them, tracked by
 * {@link beskid.eclipse.build.ModuleRefs}), checks each through the lowering service, and
 * {@link beskid.eclipse.build.ProblemMarkers} turns the diagnostics into markers.
 */
package beskid.eclipse.build;
