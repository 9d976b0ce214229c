package beskid.lowering.check;

import beskid.lowering.ast.CompilationUnit;

/** Parses one source file; the module loader uses it for standard library sources. */
@FunctionalInterface
public interface SourceParser {
    /** The syntax tree of {@code text}, with syntax errors sent to the reporter. */
    CompilationUnit parse(String path, String text, Reporter reporter);
}
