package beskid.lowering.syntax;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Walks a syntax tree generically, by record components and lists. */
final class AstNodes {
    /** Components that may be null in a well-formed tree. */
    private static final Set<String> OPTIONAL = Set.of(
            "ReturnStmt.value",
            "IfStmt.otherwise",
            "MatchArm.guard",
            "LambdaParam.type",
            "AttributeParam.defaultValue",
            "AttributeArg.name",
            "FunctionDecl.doc",
            "FunctionDecl.body",
            "TypeDecl.doc",
            "EnumDecl.doc",
            "ContractDecl.doc",
            "UseDecl.alias");

    private AstNodes() {}

    /** How many nodes of {@code type} the tree holds. */
    static int count(Object node, Class<?> type) {
        int n = type.isInstance(node) ? 1 : 0;
        if (node instanceof List<?> list) {
            for (Object o : list) {
                n += count(o, type);
            }
        } else if (node instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                n += count(value(record, c), type);
            }
        }
        return n;
    }

    /** {@code Record.component} for each null child that is not optional in the language. */
    static List<String> nullChildren(Object node) {
        List<String> out = new ArrayList<>();
        collectNulls(node, out);
        return out;
    }

    private static void collectNulls(Object node, List<String> out) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (o == null) {
                    out.add("list element");
                } else {
                    collectNulls(o, out);
                }
            }
        } else if (node instanceof Record record
                && record.getClass().getPackageName().startsWith("beskid.lowering.ast")) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object v = value(record, c);
                String name = record.getClass().getSimpleName() + "." + c.getName();
                if (v == null && !OPTIONAL.contains(name) && !c.getType().isPrimitive()) {
                    out.add(name);
                } else {
                    collectNulls(v, out);
                }
            }
        }
    }

    private static Object value(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
