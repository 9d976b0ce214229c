package beskid.lowering.diag;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.backend.ImportCheck;
import beskid.lowering.emit.Programs;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, limit 7: {@link ErrorCode} is the one registry of diagnostic codes. No code has two
 * meanings, no code is written anywhere else, and every code's message and position is pinned
 * by a program that produces it.
 */
class ErrorCodeRegistryTest {
    private static final String WIDE_PARAMS =
            IntStream.range(0, 128).mapToObj(i -> "i64 a" + i).collect(Collectors.joining(", "));

    /** Codes no source can produce: bugs of the compiler, reported instead of thrown. */
    private static final Set<String> COMPILER_BUGS = Set.of(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL);

    /** Codes pinned by the other tests of this class (not from a source text alone). */
    private static final Set<String> PINNED_BELOW =
            Set.of(ErrorCode.INVALID_UTF8, ErrorCode.NO_MAIN, ErrorCode.UNBOUND_IMPORT);

    /** Codes of programs across files, pinned with their messages by ProgramLoaderTest. */
    private static final Set<String> PINNED_BY_PROGRAM_LOADER_TEST =
            Set.of(ErrorCode.MODULE_FILE, ErrorCode.MODULE_PATH, ErrorCode.MODULE_CYCLE);

    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of(
                        "E0101", "i32 main() { return 1 # 2; }", "t.bd:1:23: error[E0101]: unexpected character `#`"),
                Arguments.of(
                        "E0102",
                        "i32 main() { string s = \"abc;\nreturn 0; }",
                        "t.bd:1:25: error[E0102]: unterminated string literal: missing `\"`"),
                Arguments.of(
                        "E0103",
                        "i32 main() { return 0; } /* open",
                        "t.bd:1:26: error[E0103]: unterminated block comment: missing `*/`"),
                Arguments.of(
                        "E0104",
                        "i32 main() { string s = \"a\\qb\"; return 0; }",
                        "t.bd:1:27: error[E0104]: invalid escape sequence `\\q`"),
                Arguments.of(
                        "E0105",
                        "i32 main() { return 0 }",
                        "t.bd:1:22: error[E0105]: expected `;` after the return value, found `}`"),
                Arguments.of(
                        "E0107",
                        "i32 main() { return " + "(".repeat(300) + "1" + ")".repeat(300) + "; }",
                        "t.bd:1:276: error[E0107]: nesting too deep: more than 256 levels; this part is skipped"),
                Arguments.of(
                        "E0108",
                        "i32 main() { i64 x = 99999999999999999999999; return 0; }",
                        "t.bd:1:22: error[E0108]: integer literal `99999999999999999999999` is too large for any integer type"),
                Arguments.of(
                        "E0109",
                        "i32 main() { char c = ''; return 0; }",
                        "t.bd:1:23: error[E0109]: empty character literal"),
                Arguments.of(
                        "E0110",
                        "i32 main() { i32 x = 12abc; return 0; }",
                        "t.bd:1:24: error[E0110]: invalid suffix `abc` on a number"),
                Arguments.of(
                        "E0111",
                        "pub use Std.System.IO;\ni32 main() { return 0; }",
                        "t.bd:1:1: error[E0111]: `pub` is not allowed on `use`"),
                Arguments.of(
                        "E0112",
                        "i32 main() { else { } return 0; }",
                        "t.bd:1:14: error[E0112]: `else` without a matching `if`"),
                Arguments.of("E0201", "i32 main() { return nope; }", "t.bd:1:21: error[E0201]: undefined name `nope`"),
                Arguments.of(
                        "E0202",
                        "i32 main() { Nope x = 1; return 0; }",
                        "t.bd:1:14: error[E0202]: unknown type `Nope`"),
                Arguments.of(
                        "E0203",
                        "i32 f() { return 1; }\ni32 f() { return 2; }\ni32 main() { return 0; }",
                        "t.bd:2:1: error[E0203]: the function `f` is declared twice"),
                Arguments.of(
                        "E0204",
                        "use No.Such.Module;\ni32 main() { return 0; }",
                        "t.bd:1:1: error[E0204]: unknown module or item `No.Such.Module`"),
                Arguments.of(
                        "E0205",
                        "type P { i32 x }\ni32 main() { P p = P { x: 1 }; return p.y; }",
                        "t.bd:2:41: error[E0205]: the type P has no field `y`"),
                Arguments.of(
                        "E0206",
                        "enum E { A, B }\ni32 main() { E e = E::C; return 0; }",
                        "t.bd:2:20: error[E0206]: the enum `E` has no variant `C`"),
                Arguments.of(
                        "E0207",
                        "i32 main() { i32 x = 1; return x(); }",
                        "t.bd:1:32: error[E0207]: a value of type i32 cannot be called"),
                Arguments.of(
                        "E0211",
                        "[Missing]\ntest T { }\ni32 main() { return 0; }",
                        "t.bd:1:1: error[E0211]: unknown attribute `Missing`; declare it with `attribute Missing(Targets) { ... }`"),
                Arguments.of(
                        "E0301",
                        "i32 main() { bool b = 1; return 0; }",
                        "t.bd:1:23: error[E0301]: type mismatch: expected bool, found i32"),
                Arguments.of(
                        "E0302",
                        "i32 main() { u8 b = 300; return 0; }",
                        "t.bd:1:21: error[E0302]: the constant 300 is out of range for u8"),
                Arguments.of(
                        "E0303",
                        "i32 main() { i64 a = 1; i32 b = 2; i64 c = a + b; return 0; }",
                        "t.bd:1:46: error[E0303]: mismatched integer types i64 and i32 (assign one to a local of the other type first)"),
                Arguments.of(
                        "E0304",
                        "i32 f(i32 a) { return a; }\ni32 main() { return f(1, 2); }",
                        "t.bd:2:21: error[E0304]: `f` takes 1 argument, not 2"),
                Arguments.of(
                        "E0305",
                        "type P { i32 x }\ni32 main() { P p = P { x: 1 }; bool b = p == p; return 0; }",
                        "t.bd:2:43: error[E0305]: `==` cannot compare values of type P (a reference type); use `===` to compare identity"),
                Arguments.of(
                        "E0306",
                        "enum E { A, B }\ni32 main() { E e = E::A; return match e { E::A => 1 }; }",
                        "t.bd:2:33: error[E0306]: non-exhaustive match: `E::B` is not covered; add an arm for it or a `_` arm"),
                Arguments.of(
                        "E0307",
                        "i32 f(bool b) { if b { return 1; } }\ni32 main() { return 0; }",
                        "t.bd:1:36: error[E0307]: missing return: `f` must return a value of type i32 on every path"),
                Arguments.of(
                        "E0308",
                        "i32 main() { i32 x = 1; x = 2; return x; }",
                        "t.bd:1:25: error[E0308]: cannot assign to immutable `x`; declare it `mut`"),
                Arguments.of(
                        "E0309",
                        "type P { i32 x, i32 y }\ni32 main() { P p = P { x: 1 }; return 0; }",
                        "t.bd:2:20: error[E0309]: missing field `y` in the `P` literal"),
                Arguments.of(
                        "E0310",
                        "enum Option<T> { Some(T v), None }\ni32 main() { let x = Option::None; return 0; }",
                        "t.bd:2:22: error[E0310]: cannot infer the type argument T of `Option`; give the type explicitly (e.g. on the variable)"),
                Arguments.of(
                        "E0311",
                        "contract C { i32 m(); }\ntype T : C { i32 x }\ni32 main() { return 0; }",
                        "t.bd:2:1: error[E0311]: the type `T` does not implement `C.m` of contract `C`"),
                Arguments.of(
                        "E0312",
                        "i32 main() { i32 x = 1; i32 y = x?; return 0; }",
                        "t.bd:1:34: error[E0312]: `?` needs an enum whose first variant carries the success value, not i32"),
                Arguments.of(
                        "E0313",
                        "i32 main() { bool b = true + false; return 0; }",
                        "t.bd:1:28: error[E0313]: `+` cannot be applied to bool and bool"),
                Arguments.of(
                        "E0314",
                        "type P { i32 x }\ni32 main() { P p = P { x: 1 }; string s = \"${p}\"; return 0; }",
                        "t.bd:2:46: error[E0314]: cannot interpolate a value of type P (only strings, integers, bool and char)"),
                Arguments.of(
                        "E0401",
                        "i32 main() { break; return 0; }",
                        "t.bd:1:14: error[E0401]: `break` outside of a loop"),
                Arguments.of(
                        "E0402",
                        "[Interop]\ni32 f();\ni32 main() { return 0; }",
                        "t.bd:1:1: error[E0402]: `t.f` has no interop tag in the ABI"),
                Arguments.of(
                        "E0403",
                        "string main() { return \"\"; }",
                        "t.bd:1:1: error[E0403]: `main` must return i32, i64 or unit, not string"),
                Arguments.of(
                        "E0404",
                        "test T { meta { color = \"red\"; } }\ni32 main() { return 0; }",
                        "t.bd:1:17: error[E0404]: unknown entry `color`; expected one of group, tags"),
                Arguments.of(
                        "E0405",
                        "i32 main() { return match 1.5 { 1.5 => 1, _ => 0 }; }",
                        "t.bd:1:33: error[E0405]: a pattern literal must be an integer, string, char or bool"),
                Arguments.of(
                        "E0406",
                        "i64 wide(" + WIDE_PARAMS + ") { return 0; }",
                        "t.bd:1:1: error[E0406]: the parameters of `wide` need 256 JVM slots, more than the limit of 255 (i64 and f64 take two); pass a struct instead"),
                Arguments.of(
                        "E0199",
                        "i32 main() { return 0; }\n" + "# x\n".repeat(600),
                        "t.bd:502:1: error[E0199]: too many errors (more than 500); the rest are not shown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void eachCodeHasItsMessageAndPosition(String code, String source, String header) {
        List<String> headers = Programs.errors("t.bd", source);
        assertThat(headers).as(code).contains(header);
        assertThat(header).contains("error[" + code + "]");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = "i32 main() { return 0; } // x".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        LoweringResult r = Programs.LOWERING.check(new SourceUnit("t.bd", bytes));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(ErrorCode.INVALID_UTF8);
        assertThat(r.diagnostics().get(0).line()).isEqualTo(1);
    }

    @Test
    void noMainAndUnboundImportComeFromTheBackendsSharedCheck() {
        ImportCheck.Checked c =
                ImportCheck.lowerAndCheck(Programs.LOWERING, SourceUnit.of("t.bd", "i32 f() { return 0; }"), true);
        assertThat(c.diagnostics())
                .extracting(Diagnostic::header)
                .containsExactly("t.bd:1:1: error[E0407]: no `main` function: `run` and `build` need an entry point");
        assertThat(ImportCheck.linkError("t.bd", "runtime symbol x is not exported")
                        .header())
                .isEqualTo("t.bd:1:1: error[E0501]: runtime symbol x is not exported");
    }

    @Test
    void everyCodeIsPinned() throws IllegalAccessException {
        Set<String> pinned = new TreeSet<>();
        programs().forEach(a -> pinned.add((String) a.get()[0]));
        pinned.addAll(PINNED_BELOW);
        pinned.addAll(PINNED_BY_PROGRAM_LOADER_TEST);
        pinned.addAll(COMPILER_BUGS);
        assertThat(pinned).isEqualTo(new TreeSet<>(codes().keySet()));
    }

    @Test
    void noCodeIsReused() throws IllegalAccessException {
        Map<String, List<String>> byCode = new HashMap<>();
        for (Field f : registryFields()) {
            byCode.computeIfAbsent((String) f.get(null), c -> new ArrayList<>()).add(f.getName());
        }
        assertThat(byCode.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::toString))
                .isEmpty();
        assertThat(byCode.keySet()).allMatch(c -> c.matches("E\\d{4}"));
    }

    @Test
    void noCodeIsWrittenOutsideTheRegistry() throws IOException {
        Path sources = Path.of("src/main/java");
        Path registry = sources.resolve("beskid/lowering/diag/ErrorCode.java");
        Pattern literal = Pattern.compile("\"E\\d{4}\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (p.equals(registry)) {
                    continue;
                }
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) {
                    found.add(sources.relativize(p) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static Map<String, String> codes() throws IllegalAccessException {
        Map<String, String> codes = new HashMap<>();
        for (Field f : registryFields()) {
            codes.put((String) f.get(null), f.getName());
        }
        return codes;
    }

    private static List<Field> registryFields() {
        List<Field> fields = new ArrayList<>();
        for (Field f : ErrorCode.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                fields.add(f);
            }
        }
        return fields;
    }
}
