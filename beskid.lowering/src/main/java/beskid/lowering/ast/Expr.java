package beskid.lowering.ast;

/** An expression. */
public sealed interface Expr
        permits IntLit,
                FloatLit,
                CharLit,
                BoolLit,
                StringLit,
                NameExpr,
                MemberExpr,
                CallExpr,
                EnumCtorExpr,
                StructLit,
                UnaryExpr,
                BinaryExpr,
                AssignExpr,
                TryExpr,
                LambdaExpr,
                MatchExpr,
                BlockExpr,
                ErrorExpr {
    /** Where the node starts in its source file. */
    SourcePos pos();
}
