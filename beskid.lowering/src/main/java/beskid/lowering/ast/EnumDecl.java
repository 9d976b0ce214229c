package beskid.lowering.ast;

import java.util.List;

/** A tagged union. */
public record EnumDecl(
        SourcePos pos,
        boolean pub,
        List<AttributeUse> attributes,
        String doc,
        String name,
        List<String> typeParams,
        List<VariantDecl> variants)
        implements Item {}
