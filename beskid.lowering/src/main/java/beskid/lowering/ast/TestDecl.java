package beskid.lowering.ast;

import java.util.List;

/** {@code test Name { meta {..} skip {..} statements }}; meta and skip are null when absent. */
public record TestDecl(
        SourcePos pos, List<AttributeUse> attributes, String name, TestSection meta, TestSection skip, Block body)
        implements Item {}
