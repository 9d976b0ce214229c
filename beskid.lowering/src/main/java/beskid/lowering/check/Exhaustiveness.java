package beskid.lowering.check;

import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WildcardPattern;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import beskid.lowering.sema.VariantSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the unguarded arms of a match cover every value, by the classic pattern-matrix
 * recursion: enums and bool split into their constructors, every other type is covered only
 * by a catch-all.
 */
final class Exhaustiveness {
    private Exhaustiveness() {}

    /** A description of a value no row matches, or null if the rows are exhaustive. */
    static String missing(List<List<Pattern>> rows, List<Type> columns, Annotations ann) {
        if (columns.isEmpty()) {
            return rows.isEmpty() ? "every value" : null;
        }
        Type t = columns.get(0);
        List<Type> rest = columns.subList(1, columns.size());
        boolean constructors = rows.stream().anyMatch(r -> !irrefutable(r.get(0)));
        if (!constructors) {
            // only catch-alls here: splitting a recursive enum into its fields would never end
            List<List<Pattern>> defaults = new ArrayList<>();
            rows.forEach(r -> defaults.add(r.subList(1, r.size())));
            if (missing(defaults, rest, ann) == null) {
                return null;
            }
            if (t instanceof EnumType e && !e.symbol().variants().isEmpty()) {
                return "`" + e.symbol().name() + "::"
                        + e.symbol().variants().get(0).name() + "`";
            }
            return t == Prim.BOOL ? "`true`" : "every " + t.display() + " value";
        }
        if (t instanceof EnumType e) {
            Map<TypeParam, Type> bindings = Types.bind(e.symbol().typeParams(), e.args());
            for (VariantSymbol v : e.symbol().variants()) {
                List<Type> cols = new ArrayList<>();
                v.fields().forEach(f -> cols.add(Types.substitute(f.type(), bindings)));
                cols.addAll(rest);
                List<List<Pattern>> specialized = new ArrayList<>();
                for (List<Pattern> row : rows) {
                    Pattern p = row.get(0);
                    if (irrefutable(p)) {
                        List<Pattern> r = new ArrayList<>();
                        v.fields().forEach(f -> r.add(p));
                        r.addAll(row.subList(1, row.size()));
                        specialized.add(r);
                    } else if (p instanceof VariantPattern vp
                            && ann.pattern(vp) == v
                            && vp.fields().size() == v.fields().size()) {
                        List<Pattern> r = new ArrayList<>(vp.fields());
                        r.addAll(row.subList(1, row.size()));
                        specialized.add(r);
                    }
                }
                if (missing(specialized, cols, ann) != null) {
                    return "`" + e.symbol().name() + "::" + v.name() + "`";
                }
            }
            return null;
        }
        if (t == Prim.BOOL) {
            for (Boolean b : List.of(Boolean.TRUE, Boolean.FALSE)) {
                List<List<Pattern>> specialized = new ArrayList<>();
                for (List<Pattern> row : rows) {
                    Pattern p = row.get(0);
                    if (irrefutable(p) || p instanceof LiteralPattern l && b.equals(ann.pattern(l))) {
                        specialized.add(row.subList(1, row.size()));
                    }
                }
                if (missing(specialized, rest, ann) != null) {
                    return "`" + b + "`";
                }
            }
            return null;
        }
        List<List<Pattern>> defaults = new ArrayList<>();
        for (List<Pattern> row : rows) {
            if (irrefutable(row.get(0))) {
                defaults.add(row.subList(1, row.size()));
            }
        }
        return missing(defaults, rest, ann) == null ? null : "every " + t.display() + " value";
    }

    private static boolean irrefutable(Pattern p) {
        return p instanceof WildcardPattern || p instanceof BindingPattern;
    }
}
