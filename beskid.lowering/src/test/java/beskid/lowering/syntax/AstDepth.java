package beskid.lowering.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Measures how deep a syntax tree is, by walking record components and lists generically. */
final class AstDepth {
    private AstDepth() {}

    static int of(Object node) {
        if (node instanceof List<?> list) {
            int max = 0;
            for (Object o : list) {
                max = Math.max(max, of(o));
            }
            return max;
        }
        if (!(node instanceof Record record)) {
            return 0;
        }
        int max = 0;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                max = Math.max(max, of(c.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return max + 1;
    }
}
