package beskid.lowering.ast;

/** A top-level or module-level declaration. */
public sealed interface Item
        permits FunctionDecl,
                TypeDecl,
                EnumDecl,
                ContractDecl,
                ImplDecl,
                ModDecl,
                InlineModDecl,
                UseDecl,
                TestDecl,
                AttributeDecl {
    /** Where the node starts in its source file. */
    SourcePos pos();
}
