package beskid.lowering.check;

import static beskid.lowering.emit.Programs.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Attribute uses are checked on every kind of item, methods of impl blocks and contracts
 * included: the declaration must exist, name the item's kind among its targets, and take the
 * arguments given.
 */
class AttributeTargetsTest {
    @Test
    void testTargets_everyItemKindIsNamedInTheMessage() {
        assertThat(errors("""
                attribute Only(Test) { level: i32 = 1 }
                [Only]
                i32 f() { return 1; }
                [Only]
                type T { i32 x }
                [Only]
                enum E { A, B }
                [Only]
                contract C { i32 M(); }
                [Only]
                mod inner { }
                impl T {
                    [Only]
                    i32 Get() { return this.x; }
                }
                contract D {
                    [Only]
                    i32 N();
                }
                [Only(2)]
                test A { }
                """))
                .containsExactly(
                        "test.bd:2:1: error[E0405]: the attribute `Only` cannot be used on a function; its targets are Test",
                        "test.bd:4:1: error[E0405]: the attribute `Only` cannot be used on a type; its targets are Test",
                        "test.bd:6:1: error[E0405]: the attribute `Only` cannot be used on an enum; its targets are Test",
                        "test.bd:8:1: error[E0405]: the attribute `Only` cannot be used on a contract; its targets are Test",
                        "test.bd:10:1: error[E0405]: the attribute `Only` cannot be used on a module; its targets are Test",
                        "test.bd:13:5: error[E0405]: the attribute `Only` cannot be used on a function; its targets are Test",
                        "test.bd:17:5: error[E0405]: the attribute `Only` cannot be used on a function; its targets are Test");
    }

    @Test
    void testArguments_positionalBeyondTheParametersAndUndeclaredAttributes() {
        assertThat(errors("""
                attribute Level(Test, Enum) { level: i32 = 1 }
                attribute Pair(Test) { a: i32 = 1, b: i32 = 2 }
                [Level(1, 2)]
                test A { }
                [Pair(1, 2, 3)]
                test B { }
                [Level(3)]
                enum E { X }
                [Nope]
                type U { i32 y }
                [Nope]
                enum V { Y }
                [Nope]
                contract W { }
                """))
                .containsExactly(
                        "test.bd:3:11: error[E0205]: the attribute `Level` takes 1 argument",
                        "test.bd:5:13: error[E0205]: the attribute `Pair` takes 2 arguments",
                        "test.bd:9:1: error[E0211]: unknown attribute `Nope`; declare it with `attribute Nope(Targets) { ... }`",
                        "test.bd:11:1: error[E0211]: unknown attribute `Nope`; declare it with `attribute Nope(Targets) { ... }`",
                        "test.bd:13:1: error[E0211]: unknown attribute `Nope`; declare it with `attribute Nope(Targets) { ... }`");
    }
}
