/**
 * The analysis model for editors and language servers: {@link
 * beskid.lowering.analysis.api.AnalysisService}, a service of the lowering bundle next to {@code
 * LoweringService} and {@code FormatService}. It answers from the same parse and check the
 * backends lower from: diagnostics, the symbol at a position, references, types, completion
 * scopes, signatures, outlines, semantic tokens and quick fixes.
 *
 * <p>Positions follow the Language Server Protocol: lines and characters are 0-based, and a
 * character counts UTF-16 code units, so a client can pass them through unchanged. Documents
 * are named by URI ({@code file:///...}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package beskid.lowering.analysis.api;
