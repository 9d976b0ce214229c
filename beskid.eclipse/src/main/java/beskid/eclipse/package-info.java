/**
 * Beskid in an Eclipse workspace, contributed through {@code plugin.xml}: the {@code *.bd}
 * content type, the Beskid project nature ({@link beskid.eclipse.project}), its incremental
 * builder that turns diagnostics into problem markers ({@link beskid.eclipse.build}), and the
 * launch configuration type that runs a file's main ({@link beskid.eclipse.launch}). Start at
 * {@link beskid.eclipse.build.BeskidBuilder}. Beskid's own services (lowering, backends) are
 * looked up at each build or launch through {@link beskid.eclipse.Services}, so a hot-swapped
 * bundle is picked up as soon as it is back, and its absence is reported as "no backend".
 *
 * <p>This is the only bundle that imports {@code org.eclipse.*}: it needs Equinox and the
 * Eclipse runtime, while the language bundles stay runnable on any framework.
 */
package beskid.eclipse;
