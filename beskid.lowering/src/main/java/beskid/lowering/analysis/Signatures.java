package beskid.lowering.analysis;

import beskid.lowering.ast.ParamMode;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.VariantSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Symbols written as Beskid source, for hovers, completion details and signature help. */
final class Signatures {
    private Signatures() {}

    /** {@code i64 add(i64 a, ref i64 b)}. */
    static String function(FunctionSymbol f) {
        return f.result().display() + " " + f.name() + typeParams(f.typeParams()) + "("
                + String.join(", ", parameters(f)) + ")";
    }

    /** Each parameter as written: {@code i64 a}, {@code ref i64 b}. */
    static List<String> parameters(FunctionSymbol f) {
        List<String> out = new ArrayList<>();
        for (ParamSymbol p : f.params()) {
            String mode = p.mode() == ParamMode.REF ? "ref " : p.mode() == ParamMode.OUT ? "out " : "";
            out.add(mode + p.type().display() + " " + p.name());
        }
        return out;
    }

    static String typeParams(List<TypeParam> params) {
        return params.isEmpty() ? "" : params.stream().map(TypeParam::name).collect(Collectors.joining(", ", "<", ">"));
    }

    /** {@code i64 w}. */
    static String field(FieldSymbol f) {
        return f.type().display() + " " + f.name();
    }

    /** {@code Some(T value)} or {@code None}. */
    static String variant(VariantSymbol v) {
        if (v.fields().isEmpty()) {
            return v.owner().name() + "::" + v.name();
        }
        return v.owner().name() + "::" + v.name()
                + v.fields().stream().map(Signatures::field).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code event{8} Opened(string)}. */
    static String event(EventSymbol e) {
        return "event{" + e.capacity() + "} " + e.name()
                + e.params().stream().map(Type::display).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code i32 mut step}. */
    static String local(LocalVar v) {
        return v.type().display() + (v.mutable() && !v.refCell() ? " mut " : " ") + v.name();
    }
}
