package beskid.lowering.analysis;

import beskid.lowering.analysis.api.Position;
import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SemanticToken.TokenType;
import beskid.lowering.analysis.api.SymbolKind;
import beskid.lowering.sema.Prim;
import beskid.lowering.syntax.Comment;
import beskid.lowering.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies a file's tokens for highlighting: names by the symbol they denote, the rest by
 * their lexical kind; comments too. Tokens spanning lines are split into one per line.
 */
final class SemanticTokenizer {
    private final DocumentText doc;
    private final Map<Integer, Occurrence> names = new HashMap<>();
    private final List<SemanticToken> out = new ArrayList<>();

    SemanticTokenizer(DocumentText doc, List<Occurrence> occurrences) {
        this.doc = doc;
        for (Occurrence o : occurrences) {
            names.putIfAbsent(o.start(), o);
        }
    }

    List<SemanticToken> tokens() {
        List<Comment> comments = doc.comments();
        int c = 0;
        for (Token t : doc.tokens()) {
            while (c < comments.size() && comments.get(c).offset() < t.offset()) {
                emit(comments.get(c).offset(), comments.get(c).endOffset(), TokenType.COMMENT, false);
                c++;
            }
            token(t);
        }
        for (; c < comments.size(); c++) {
            emit(comments.get(c).offset(), comments.get(c).endOffset(), TokenType.COMMENT, false);
        }
        return out;
    }

    private void token(Token t) {
        switch (t.kind()) {
            case IDENT -> {
                Occurrence o = names.get(t.offset());
                if (o != null) {
                    emit(t.offset(), t.endOffset(), type(o.symbol().kind()), o.declaration());
                } else if (Prim.byName(t.text()) != null) {
                    emit(t.offset(), t.endOffset(), TokenType.TYPE, false);
                } else if ("this".equals(t.text())) {
                    emit(t.offset(), t.endOffset(), TokenType.KEYWORD, false);
                }
            }
            case INT, FLOAT -> emit(t.offset(), t.endOffset(), TokenType.NUMBER, false);
            case STRING, STRING_HEAD, STRING_MID, STRING_TAIL, CHAR ->
                emit(t.offset(), t.endOffset(), TokenType.STRING, false);
            case PLUS,
                    MINUS,
                    STAR,
                    SLASH,
                    PERCENT,
                    BANG,
                    EQ,
                    NE,
                    ID_EQ,
                    ID_NE,
                    LT,
                    LE,
                    GT,
                    GE,
                    OR_OR,
                    AND_AND,
                    ASSIGN,
                    PLUS_ASSIGN,
                    MINUS_ASSIGN,
                    ARROW,
                    QUESTION -> emit(t.offset(), t.endOffset(), TokenType.OPERATOR, false);
            default -> {
                if (t.kind().name().startsWith("KW_")) {
                    emit(t.offset(), t.endOffset(), TokenType.KEYWORD, false);
                }
            }
        }
    }

    static TokenType type(SymbolKind kind) {
        return switch (kind) {
            case MODULE -> TokenType.NAMESPACE;
            case FUNCTION, TEST -> TokenType.FUNCTION;
            case METHOD -> TokenType.METHOD;
            case STRUCT -> TokenType.STRUCT;
            case FIELD -> TokenType.PROPERTY;
            case ENUM -> TokenType.ENUM;
            case VARIANT -> TokenType.ENUM_MEMBER;
            case CONTRACT -> TokenType.INTERFACE;
            case TYPE_ALIAS -> TokenType.TYPE;
            case TYPE_PARAMETER -> TokenType.TYPE_PARAMETER;
            case EVENT -> TokenType.EVENT;
            case PARAMETER -> TokenType.PARAMETER;
            case LOCAL -> TokenType.VARIABLE;
            case KEYWORD -> TokenType.KEYWORD;
        };
    }

    /** One token per line of {@code [start, end)}. */
    private void emit(int start, int end, TokenType type, boolean declaration) {
        Position from = doc.position(start);
        Position to = doc.position(end);
        for (int line = from.line(); line <= to.line(); line++) {
            int first = line == from.line() ? from.character() : 0;
            int last = line == to.line() ? to.character() : doc.line(line).length();
            if (last > first) {
                out.add(new SemanticToken(line, first, last - first, type, declaration));
            }
        }
    }
}
