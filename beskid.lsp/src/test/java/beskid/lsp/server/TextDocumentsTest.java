package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class TextDocumentsTest {
    private static TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    @Test
    void changesApplyInOrderEachToTheTextThePreviousLeft() {
        TextDocuments docs = new TextDocuments();
        docs.open("u", "i32 main() {\n    return 0;\n}\n");
        docs.change(
                "u",
                java.util.List.of(
                        edit(1, 11, 1, 12, "1"), // return 1;
                        edit(1, 4, 1, 4, "let x = 2;\n    "), // a new line before it
                        edit(2, 11, 2, 12, "x")));
        assertThat(docs.text("u")).isEqualTo("i32 main() {\n    let x = 2;\n    return x;\n}\n");
    }

    @Test
    void aChangeWithoutRangeReplacesTheWholeText() {
        TextDocuments docs = new TextDocuments();
        docs.open("u", "old");
        docs.change("u", java.util.List.of(new TextDocumentContentChangeEvent("new\ntext")));
        assertThat(docs.text("u")).isEqualTo("new\ntext");
    }

    @Test
    void positionsCountUtf16UnitsAndEveryKindOfLineBreak() {
        // "ż" is one UTF-16 unit, "𝄞" two; \r\n and \r each end a line
        String text = "a\r\nżb\r𝄞c\nd";
        assertThat(TextDocuments.offset(text, new Position(1, 1))).isEqualTo(4); // before b
        assertThat(TextDocuments.offset(text, new Position(2, 2))).isEqualTo(8); // before c
        assertThat(TextDocuments.offset(text, new Position(3, 0))).isEqualTo(10);
        assertThat(TextDocuments.position(text, 8)).isEqualTo(new Position(2, 2));
        assertThat(TextDocuments.end(text)).isEqualTo(new Position(3, 1));
        assertThat(TextDocuments.apply(text, edit(2, 0, 2, 2, "x"))).isEqualTo("a\r\nżb\rxc\nd");
    }

    @Test
    void aPositionPastItsLineOrTheTextIsClampedToTheEnd() {
        String text = "ab\ncd";
        assertThat(TextDocuments.offset(text, new Position(0, 99))).isEqualTo(2);
        assertThat(TextDocuments.offset(text, new Position(7, 0))).isEqualTo(5);
        assertThat(TextDocuments.apply(text, edit(0, 5, 1, 0, ""))).isEqualTo("abcd");
    }

    @Test
    void aChangeToADocumentNeverOpenedIsIgnored() {
        TextDocuments docs = new TextDocuments();
        docs.change("u", java.util.List.of(edit(0, 0, 0, 0, "x")));
        assertThat(docs.text("u")).isNull();
    }
}
