package beskid.lowering.ast;

import java.util.List;

/**
 * {@code mod a.b;}, the file's own module (only as its first item), or {@code pub mod a.b;}, a
 * child module loaded from another file.
 */
public record ModDecl(SourcePos pos, boolean pub, List<AttributeUse> attributes, List<String> path) implements Item {}
