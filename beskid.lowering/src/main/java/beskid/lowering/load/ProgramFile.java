package beskid.lowering.load;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.syntax.SourceText;

/**
 * One file of a program.
 *
 * @param path relative to the entry file's folder ({@code geo/mod.bd}); the entry's is its file name
 * @param source the file as the loader gave it (its path is what diagnostics show)
 * @param text the decoded text, whose positions start at {@link SourceText#base()}
 * @param diagnostics this file's errors
 * @param unit the syntax tree
 * @param module the module the file declares
 */
public record ProgramFile(
        String path,
        SourceUnit source,
        SourceText text,
        Diagnostics diagnostics,
        CompilationUnit unit,
        ModuleSymbol module) {}
