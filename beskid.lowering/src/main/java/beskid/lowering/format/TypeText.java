package beskid.lowering.format;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Param;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.TypeRef;
import java.util.List;
import java.util.stream.Collectors;

/** Types, type parameters and parameter lists as one-line text (FORMAT.md rules 8 and 11). */
final class TypeText {
    private TypeText() {}

    static String of(TypeRef type) {
        if (type instanceof NamedType n) {
            return String.join(".", n.path()) + (n.args().isEmpty() ? "" : "<" + list(n.args()) + ">");
        }
        if (type instanceof ArrayType a) {
            return of(a.element()) + "[]";
        }
        if (type instanceof RefType r) {
            return "ref " + of(r.inner());
        }
        FunctionType f = (FunctionType) type;
        // `R(A, B)`; the arrow form stays for a `ref` result, which `ref R(A)` would misread.
        return f.returnType() instanceof RefType
                ? "(" + list(f.params()) + ") => " + of(f.returnType())
                : of(f.returnType()) + "(" + list(f.params()) + ")";
    }

    static String list(List<TypeRef> types) {
        return types.stream().map(TypeText::of).collect(Collectors.joining(", "));
    }

    /** {@code <T, U>}, or nothing. */
    static String typeParams(List<String> names) {
        return names.isEmpty() ? "" : "<" + String.join(", ", names) + ">";
    }

    /** {@code (ref T a, out i32 n, U b)}. */
    static String params(List<Param> params) {
        return "(" + params.stream().map(TypeText::param).collect(Collectors.joining(", ")) + ")";
    }

    static String param(Param p) {
        String mode = switch (p.mode()) {
            case REF -> "ref ";
            case OUT -> "out ";
            case VALUE -> "";
        };
        return mode + of(p.type()) + " " + p.name();
    }
}
