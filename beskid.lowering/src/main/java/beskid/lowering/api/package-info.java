/**
 * The stable API of Beskid lowering that backends and tools consume: the lowered artifact,
 * {@link beskid.lowering.api.LoweringService}, and the backend contracts
 * ({@link beskid.lowering.api.RunBackend}, {@link beskid.lowering.api.BuildBackend}). The
 * contracts live here, in a bundle that is not a backend, so replacing a backend never forces
 * a refresh of the tools that call it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package beskid.lowering.api;
