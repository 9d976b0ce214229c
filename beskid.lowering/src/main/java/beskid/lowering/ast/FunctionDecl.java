package beskid.lowering.ast;

import java.util.List;

/** A function or method; {@code body} is null for an {@code [Interop]} declaration or a contract method. */
public record FunctionDecl(
        SourcePos pos,
        boolean pub,
        List<AttributeUse> attributes,
        String doc,
        TypeRef returnType,
        String name,
        List<String> typeParams,
        List<Param> params,
        Block body)
        implements Item {}
