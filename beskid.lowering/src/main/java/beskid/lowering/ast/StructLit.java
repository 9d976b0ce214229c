package beskid.lowering.ast;

import java.util.List;

/** {@code T { f: e, .. }}. */
public record StructLit(SourcePos pos, NamedType type, List<FieldInit> fields) implements Expr {}
