/**
 * Loads a program's files: the entry file and every module file it declares with
 * {@code pub mod a.b;}, transitively, through the caller's
 * {@link beskid.lowering.api.SourceLoader}. {@link beskid.lowering.load.ModulePaths} holds the
 * path rules (as in Rust: {@code a/b.bd}, else {@code a/b/mod.bd}, in the declaring module's
 * folder); {@link beskid.lowering.load.ProgramLoader} parses each file once and links the
 * modules into one tree the checker walks like inline modules. Each file's positions get an
 * offset range of their own, so a position alone tells which file a diagnostic belongs to.
 */
package beskid.lowering.load;
