package beskid.lowering.load;

import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.syntax.SourceText;

/**
 * One parsed file.
 *
 * @param text the decoded text, whose positions start at {@link SourceText#base()}
 * @param diagnostics the file's errors so far (the loader and the checker add theirs)
 * @param unit the syntax tree
 */
public record ParsedFile(SourceText text, Diagnostics diagnostics, CompilationUnit unit) {}
