package beskid.lowering.ast;

import java.util.List;

/** {@code attribute Name(Targets) { param: Type = default }}. */
public record AttributeDecl(SourcePos pos, String name, List<String> targets, List<AttributeParam> params)
        implements Item {}
