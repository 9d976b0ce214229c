package beskid.lowering.sema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Operations on {@link Type}: substitution, unification for inference, assignability. */
public final class Types {
    private Types() {}

    /** {@code <A, B>} or the empty string. */
    static String displayArgs(List<Type> args) {
        return args.isEmpty() ? "" : args.stream().map(Type::display).collect(Collectors.joining(", ", "<", ">"));
    }

    /** True for i32, i64 and u8. */
    public static boolean isInteger(Type t) {
        return t instanceof Prim p && p.isInteger();
    }

    /** True for types whose values are JVM references compared by identity with {@code ===}. */
    public static boolean isReference(Type t) {
        return t instanceof StructType
                || t instanceof EnumType
                || t instanceof ContractType
                || t instanceof FnType
                || t instanceof ArrayOf
                || t == Prim.STRING
                || t instanceof TypeParam;
    }

    /** True for types a failed expression or a diverging one can stand in for. */
    public static boolean isLenient(Type t) {
        return t == Prim.ERROR || t == Prim.NEVER;
    }

    /** Replaces type parameters by their bindings (unbound ones stay). */
    public static Type substitute(Type t, Map<TypeParam, Type> bindings) {
        if (bindings.isEmpty()) {
            return t;
        }
        if (t instanceof TypeParam p) {
            Type b = bindings.get(p);
            return b != null ? b : p;
        }
        if (t instanceof StructType s) {
            return new StructType(s.symbol(), substituteAll(s.args(), bindings));
        }
        if (t instanceof EnumType e) {
            return new EnumType(e.symbol(), substituteAll(e.args(), bindings));
        }
        if (t instanceof ArrayOf a) {
            return new ArrayOf(substitute(a.element(), bindings));
        }
        if (t instanceof RefOf r) {
            return new RefOf(substitute(r.inner(), bindings));
        }
        if (t instanceof FnType f) {
            return new FnType(substitute(f.result(), bindings), substituteAll(f.params(), bindings));
        }
        return t;
    }

    private static List<Type> substituteAll(List<Type> types, Map<TypeParam, Type> bindings) {
        List<Type> out = new ArrayList<>(types.size());
        for (Type t : types) {
            out.add(substitute(t, bindings));
        }
        return out;
    }

    /** Bindings of a declaration's parameters to the arguments of an applied type. */
    public static Map<TypeParam, Type> bind(List<TypeParam> params, List<Type> args) {
        Map<TypeParam, Type> m = new LinkedHashMap<>();
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            m.put(params.get(i), args.get(i));
        }
        return m;
    }

    /** True if any of {@code vars} occurs in t without a binding. */
    public static boolean mentionsUnbound(Type t, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        if (t instanceof TypeParam p) {
            return vars.contains(p) && !bindings.containsKey(p);
        }
        if (t instanceof StructType s) {
            return s.args().stream().anyMatch(a -> mentionsUnbound(a, vars, bindings));
        }
        if (t instanceof EnumType e) {
            return e.args().stream().anyMatch(a -> mentionsUnbound(a, vars, bindings));
        }
        if (t instanceof ArrayOf a) {
            return mentionsUnbound(a.element(), vars, bindings);
        }
        if (t instanceof RefOf r) {
            return mentionsUnbound(r.inner(), vars, bindings);
        }
        if (t instanceof FnType f) {
            return mentionsUnbound(f.result(), vars, bindings)
                    || f.params().stream().anyMatch(a -> mentionsUnbound(a, vars, bindings));
        }
        return false;
    }

    /**
     * Binds the inference variables {@code vars} occurring in {@code pattern} so that it matches
     * {@code actual}; the first binding of a variable wins (later mismatches surface as
     * conversion errors at the argument).
     */
    public static void unify(Type pattern, Type actual, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        if (actual == null
                || actual == Prim.ERROR
                || actual == Prim.NEVER
                || actual == Prim.UNTYPED_INT
                || actual == Prim.UNIT && pattern instanceof TypeParam) {
            return; // unit holds no value: it never instantiates a type parameter
        }
        if (pattern instanceof TypeParam p && vars.contains(p)) {
            bindings.putIfAbsent(p, actual);
            return;
        }
        if (pattern instanceof StructType s && actual instanceof StructType a && s.symbol() == a.symbol()) {
            unifyAll(s.args(), a.args(), vars, bindings);
        } else if (pattern instanceof EnumType s && actual instanceof EnumType a && s.symbol() == a.symbol()) {
            unifyAll(s.args(), a.args(), vars, bindings);
        } else if (pattern instanceof ArrayOf s && actual instanceof ArrayOf a) {
            unify(s.element(), a.element(), vars, bindings);
        } else if (pattern instanceof FnType s
                && actual instanceof FnType a
                && s.params().size() == a.params().size()) {
            unify(s.result(), a.result(), vars, bindings);
            unifyAll(s.params(), a.params(), vars, bindings);
        }
    }

    private static void unifyAll(
            List<Type> patterns, List<Type> actuals, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        for (int i = 0; i < patterns.size() && i < actuals.size(); i++) {
            unify(patterns.get(i), actuals.get(i), vars, bindings);
        }
    }

    /**
     * True if a value of type {@code from} may be used where {@code to} is expected: the same
     * type, any integer type to any other (the conversion wraps), a struct to a contract it
     * implements, a contract to one it embeds, and never/error to anything.
     */
    public static boolean assignable(Type from, Type to) {
        if (from.equals(to) || isLenient(from) || to == Prim.ERROR) {
            return true;
        }
        if (isInteger(from) && isInteger(to)) {
            return true;
        }
        if (from == Prim.UNTYPED_INT) {
            return isInteger(to) || to == Prim.F64;
        }
        if (to instanceof ContractType c) {
            if (from instanceof StructType s) {
                return s.symbol().contracts().stream().anyMatch(k -> k.extendsContract(c.symbol()));
            }
            if (from instanceof ContractType f) {
                return f.symbol().extendsContract(c.symbol());
            }
        }
        return false;
    }

    /** True if t is, or contains, a type parameter. */
    public static boolean isGeneric(Type t) {
        if (t instanceof TypeParam) {
            return true;
        }
        if (t instanceof StructType s) {
            return s.args().stream().anyMatch(Types::isGeneric);
        }
        if (t instanceof EnumType e) {
            return e.args().stream().anyMatch(Types::isGeneric);
        }
        if (t instanceof ArrayOf a) {
            return isGeneric(a.element());
        }
        if (t instanceof FnType f) {
            return isGeneric(f.result()) || f.params().stream().anyMatch(Types::isGeneric);
        }
        return false;
    }
}
