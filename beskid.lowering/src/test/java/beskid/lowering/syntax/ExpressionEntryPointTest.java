package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.IntLit;
import beskid.lowering.diag.Diagnostics;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Parser#parseExpression}: one expression for tools and a REPL; the rest is reported. */
class ExpressionEntryPointTest {
    private record Result(Expr expr, String errors) {}

    private static Result parse(String source) {
        SourceText text = SourceText.of("e.bd", source);
        Diagnostics diags = new Diagnostics(text);
        Expr e = Parser.parseExpression(text, diags);
        String errors = diags.list().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.message())
                .collect(Collectors.joining("\n"));
        return new Result(e, errors);
    }

    @Test
    void readsOneExpression() {
        Result r = parse("1 + 2 * x");
        assertThat(r.errors()).isEmpty();
        BinaryExpr add = (BinaryExpr) r.expr();
        assertThat(add.op()).isEqualTo(BinaryOp.ADD);
        assertThat(((IntLit) add.left()).value()).isEqualTo(1);
    }

    @Test
    void reportsWhatFollowsTheExpression() {
        Result r = parse("1 2");
        assertThat(r.errors()).isEqualTo("1:3 E0105 expected end of input after the expression, found `2`");
        assertThat(((IntLit) r.expr()).value()).isEqualTo(1);
    }

    @Test
    void standsInAnErrorExprForNoExpression() {
        Result r = parse(")");
        assertThat(r.errors()).isEqualTo("1:1 E0105 expected an expression, found `)`");
        assertThat(r.expr()).isInstanceOf(ErrorExpr.class);
    }

    @Test
    void reportsInvalidUtf8ToTheSameCollector() {
        SourceText text = SourceText.decode("e.bd", new byte[] {'1', ' ', '+', ' ', (byte) 0xFF});
        Diagnostics diags = new Diagnostics(text);
        Parser.parseExpression(text, diags);
        assertThat(diags.list()).extracting("code").contains("E0106");
    }
}
