/**
 * The stable API of Beskid lowering that backends and tools consume: contracts and value types
 * only. The lowered artifact, {@link beskid.lowering.api.LoweringService}, and the backend
 * contracts ({@link beskid.lowering.api.RunBackend}, {@link beskid.lowering.api.BuildBackend}).
 * The contracts live here, in a bundle that is not a backend, so replacing a backend never forces
 * a refresh of the tools that call it. Behaviour the backends share is in {@code
 * beskid.lowering.backend}. Version 2.0.0: that behaviour ({@code ImportCheck}, {@code
 * TestRunner}, {@code ArtifactClassLoader}) moved out of this package, and a program is a
 * {@link beskid.lowering.api.SourceSet} (its entry file and a caller's
 * {@link beskid.lowering.api.SourceLoader} for its module files).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package beskid.lowering.api;
