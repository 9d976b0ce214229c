package beskid.backend.aot;

import java.util.Arrays;
import java.util.List;

/** The class-file targets an AOT build can ask for. JIT always runs on the host JVM. */
enum Target {
    JVM17("jvm17", 61),
    JVM21("jvm21", 65),
    JVM25("jvm25", 69);

    private final String id;
    private final int classFileMajor;

    Target(String id, int classFileMajor) {
        this.id = id;
        this.classFileMajor = classFileMajor;
    }

    String id() {
        return id;
    }

    int classFileMajor() {
        return classFileMajor;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Target::id).toList();
    }

    static Target byId(String id) {
        for (Target t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }
}
