package beskid.lowering.ast;

import java.util.List;

/** {@code impl Name { methods }}. */
public record ImplDecl(SourcePos pos, TypeRef target, List<FunctionDecl> methods) implements Item {}
