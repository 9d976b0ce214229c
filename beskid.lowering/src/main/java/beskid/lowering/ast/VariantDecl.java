package beskid.lowering.ast;

import java.util.List;

/** One enum variant. */
public record VariantDecl(SourcePos pos, String name, List<FieldDecl> fields) {}
