package beskid.lowering.ast;

/** A type as written in source. */
public sealed interface TypeRef permits NamedType, ArrayType, RefType, FunctionType {
    /** Where the node starts in its source file. */
    SourcePos pos();
}
