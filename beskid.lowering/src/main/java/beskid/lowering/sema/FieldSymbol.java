package beskid.lowering.sema;

import beskid.lowering.ast.SourcePos;

/** A field of a struct or of an enum variant; {@code type} may mention the owner's type parameters. */
public record FieldSymbol(String name, Type type, int index, SourcePos pos) {}
