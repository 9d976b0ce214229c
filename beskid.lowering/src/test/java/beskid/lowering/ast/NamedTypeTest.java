package beskid.lowering.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's stand-in for a type it could not read is recognised as such, so the checker does not
 * report it a second time (the checker's report would land on the parser's and be dropped, which
 * is why only this test can tell).
 */
class NamedTypeTest {
    private static final SourcePos AT = new SourcePos(0, 1, 1);

    @Test
    void theParsersStandInIsAnError() {
        assertThat(new NamedType(AT, List.of(NamedType.ERROR_NAME), List.of()).isError())
                .isTrue();
    }

    @Test
    void writtenTypesAreNotErrors() {
        assertThat(new NamedType(AT, List.of("i32"), List.of()).isError()).isFalse();
        assertThat(new NamedType(AT, List.of("geo", "Shape"), List.of()).isError())
                .isFalse();
        assertThat(new NamedType(AT, List.of(NamedType.ERROR_NAME, "Shape"), List.of()).isError())
                .as("only the single segment is the stand-in")
                .isFalse();
    }
}
