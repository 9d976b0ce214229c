package beskid.lowering.analysis;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.syntax.TokenKind;

/**
 * Where written types and the names after them are among a file's tokens: the tree keeps
 * only where a node starts, and a declaration's name follows its type.
 */
final class TypeTokens {
    private TypeTokens() {}

    /**
     * The index of a variant's name in {@code E::V} or {@code Option<string>::None}: after the
     * enum type, its type arguments and the {@code ::}; -1 when the tokens do not match it.
     */
    static int variantName(DocumentText doc, NamedType enumType) {
        int colons = end(doc, enumType);
        return colons < 0 ? -1 : colons + 1;
    }

    /** The index of the token after a written type, or -1 when the tokens do not match it. */
    static int end(DocumentText doc, TypeRef type) {
        if (type instanceof NamedType n) {
            int i = doc.tokenStartingAt(n.pos().offset());
            if (i < 0 || n.isError()) {
                return i < 0 ? -1 : i + 1;
            }
            i += 2 * n.path().size() - 1;
            if (!n.args().isEmpty()) {
                int last = end(doc, n.args().get(n.args().size() - 1));
                if (last < 0) {
                    return -1;
                }
                i = last < doc.tokens().size() && doc.token(last).is(TokenKind.GT) ? last + 1 : last;
            }
            return i;
        }
        if (type instanceof ArrayType a) {
            int i = end(doc, a.element());
            return i < 0 ? -1 : i + 2;
        }
        if (type instanceof RefType r) {
            return end(doc, r.inner());
        }
        FunctionType f = (FunctionType) type;
        int result = end(doc, f.returnType());
        if (result < 0) {
            return -1;
        }
        if (f.returnType().pos().offset() > f.pos().offset()) {
            return result; // (A, B) => R
        }
        // R(A, B): the parameter list follows the result type
        int open = result;
        if (open < doc.tokens().size() && doc.token(open).is(TokenKind.LPAREN)) {
            int depth = 0;
            for (int i = open; i < doc.tokens().size(); i++) {
                TokenKind k = doc.token(i).kind();
                if (k == TokenKind.LPAREN) {
                    depth++;
                } else if (k == TokenKind.RPAREN && --depth == 0) {
                    return i + 1;
                } else if (k == TokenKind.EOF) {
                    return -1;
                }
            }
        }
        return result;
    }

    /** The token index of a name written right after a type ({@code i64 x}, {@code i64 mut x}), or -1. */
    static int nameAfter(DocumentText doc, TypeRef type, String name) {
        int i = end(doc, type);
        if (i < 0) {
            return -1;
        }
        if (i < doc.tokens().size() && doc.token(i).is(TokenKind.KW_MUT)) {
            i++;
        }
        return i < doc.tokens().size()
                        && doc.token(i).is(TokenKind.IDENT)
                        && name.equals(doc.token(i).text())
                ? i
                : -1;
    }
}
