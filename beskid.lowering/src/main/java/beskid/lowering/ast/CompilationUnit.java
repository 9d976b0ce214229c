package beskid.lowering.ast;

import java.util.List;

/** One parsed source file. */
public record CompilationUnit(String path, List<Item> items) {}
