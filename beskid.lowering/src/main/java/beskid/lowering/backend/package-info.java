/**
 * Support every backend shares, so results cannot differ between them: the one
 * lower-and-check step ({@link beskid.lowering.backend.ImportCheck}), the test runner ({@link
 * beskid.lowering.backend.TestRunner}) and the class loader that confines generated code to
 * {@code java.lang} and {@code beskid.abi} ({@link beskid.lowering.backend.ArtifactClassLoader}).
 * This is behaviour, kept apart from the contracts and value types of {@code beskid.lowering.api}
 * and versioned on its own.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package beskid.lowering.backend;
