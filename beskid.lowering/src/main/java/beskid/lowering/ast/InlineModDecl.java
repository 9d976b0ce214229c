package beskid.lowering.ast;

import java.util.List;

/** {@code mod name { items }}. */
public record InlineModDecl(SourcePos pos, boolean pub, List<AttributeUse> attributes, String name, List<Item> items)
        implements Item {}
