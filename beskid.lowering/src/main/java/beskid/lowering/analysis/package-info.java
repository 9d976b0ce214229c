/**
 * The analysis model behind {@link beskid.lowering.analysis.api.AnalysisService} (private to
 * the bundle). {@link beskid.lowering.analysis.Workspace} keeps the open documents and a
 * {@link beskid.lowering.analysis.ParseCache} of parses by content; {@link
 * beskid.lowering.analysis.Programs} decides which programs the documents form and checks them
 * with lowering's loader and checker ({@link beskid.lowering.analysis.ProgramRun}); a {@link
 * beskid.lowering.analysis.Snapshot} answers the queries. Names are resolved after the check,
 * from the checker's annotations and its name rules ({@link
 * beskid.lowering.analysis.SymbolCollector} into a {@link beskid.lowering.analysis.ProgramIndex}),
 * so lowering pays nothing for them. {@link beskid.lowering.analysis.DocumentText} converts
 * between the parser's offsets and LSP positions.
 */
package beskid.lowering.analysis;
