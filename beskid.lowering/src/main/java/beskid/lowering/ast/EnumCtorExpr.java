package beskid.lowering.ast;

import java.util.List;

/** {@code E::V(args)}, {@code E::V} or {@code E::V()}. */
public record EnumCtorExpr(SourcePos pos, NamedType enumType, String variant, List<Expr> args, boolean parens)
        implements Expr {}
