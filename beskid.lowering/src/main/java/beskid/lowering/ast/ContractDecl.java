package beskid.lowering.ast;

import java.util.List;

/** An interface; {@code embedded} are the contracts whose methods it includes. */
public record ContractDecl(
        SourcePos pos,
        boolean pub,
        List<AttributeUse> attributes,
        String doc,
        String name,
        List<FunctionDecl> methods,
        List<TypeRef> embedded)
        implements Item {}
