package beskid.lowering.emit;

import beskid.lowering.ast.ParamMode;
import beskid.lowering.sema.ArrayOf;
import beskid.lowering.sema.ContractType;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.RefOf;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;

/**
 * The value representation of docs/LOWERING.md: which JVM type holds each Beskid type. Function
 * types are functional interfaces generated once per artifact and per erased shape
 * ({@code <main module>$Fn$<params>_<result>}), so every module of an artifact shares them.
 */
final class JvmTypes {
    static final String OBJECT = "java/lang/Object";
    static final String STRING = "java/lang/String";
    static final String OBJECT_DESC = "Ljava/lang/Object;";
    static final String STRING_DESC = "Ljava/lang/String;";
    static final String CELL_DESC = "[Ljava/lang/Object;";
    /** The one method of every generated functional interface. */
    static final String INVOKE = "invoke";

    /** Names of final methods of Object: a Beskid function with one of them gets a {@code $} suffix. */
    private static final Set<String> OBJECT_FINALS = Set.of("wait", "notify", "notifyAll", "getClass");

    /**
     * Functions per class of a module. A module with more is split across several classes
     * ({@code m}, {@code m$$1}, {@code m$$2}, ...) so that no class passes the JVM's 65,535
     * constants (each function costs a few: its name, descriptor and the references to what it
     * calls). {@code $} cannot appear in a Beskid name, so no part names an inline module.
     */
    static final int FUNCTIONS_PER_CLASS = 4096;

    private final String fnPrefix;
    private final SortedSet<String> shapes = new TreeSet<>();
    private final Map<FunctionSymbol, String> functionClass = new IdentityHashMap<>();

    /** @param mainModuleInternalName the class of the artifact's own module, which names the shapes */
    JvmTypes(String mainModuleInternalName) {
        this.fnPrefix = mainModuleInternalName + "$Fn$";
    }

    /**
     * Assigns the module's functions (in declaration order) to its classes and returns how many
     * classes it takes. Must run before any call to them is emitted.
     */
    int partition(ModuleSymbol module) {
        int i = 0;
        for (FunctionSymbol f : module.functions().values()) {
            if (f.interop() == null && f.decl().body() != null) {
                functionClass.put(f, partName(module, i++ / FUNCTIONS_PER_CLASS));
            }
        }
        return Math.max(1, (i + FUNCTIONS_PER_CLASS - 1) / FUNCTIONS_PER_CLASS);
    }

    /** The class of part k of a module (part 0 is the module's own class). */
    static String partName(ModuleSymbol module, int k) {
        return k == 0 ? module.internalName() : module.internalName() + "$$" + k;
    }

    /** The class that holds a module function's static method. */
    String functionClass(FunctionSymbol f) {
        String c = functionClass.get(f);
        return c != null ? c : f.module().internalName();
    }

    /** The JVM descriptor of a value of type t ({@code V} for unit and never). */
    String desc(Type t) {
        if (t instanceof Prim p) {
            return switch (p) {
                case I32, U8, CHAR -> "I";
                case I64 -> "J";
                case BOOL -> "Z";
                case F64 -> "D";
                case STRING -> "Ljava/lang/String;";
                case UNIT, NEVER -> "V";
                default -> throw new IllegalStateException("no JVM type for " + p.display());
            };
        }
        if (t instanceof StructType s) {
            return "L" + s.symbol().internalName() + ";";
        }
        if (t instanceof EnumType e) {
            return "L" + e.symbol().internalName() + ";";
        }
        if (t instanceof ContractType c) {
            return "L" + c.symbol().internalName() + ";";
        }
        if (t instanceof FnType f) {
            return "L" + fnInterface(f) + ";";
        }
        if (t instanceof RefOf) {
            return CELL_DESC;
        }
        if (t instanceof ArrayOf || t instanceof TypeParam) {
            return OBJECT_DESC;
        }
        throw new IllegalStateException("no JVM type for " + t.display());
    }

    /** The internal name for checkcast/instanceof of a reference type. */
    String internalName(Type t) {
        String d = desc(t);
        return d.startsWith("L") ? d.substring(1, d.length() - 1) : d;
    }

    /** True if values of t are JVM references. */
    static boolean isReference(String desc) {
        return desc.startsWith("L") || desc.startsWith("[");
    }

    /** The shape letter of a descriptor in a function interface's name and erased method. */
    private static String kind(String desc) {
        return isReference(desc) ? "L" : desc;
    }

    private String erasedDesc(String kind) {
        return kind.equals("L") ? OBJECT_DESC : kind;
    }

    /** The functional interface of a function type (registered for generation). */
    String fnInterface(FnType f) {
        String shape = shape(f);
        synchronized (shapes) { // the classes of a large module are written side by side
            shapes.add(shape);
        }
        return fnPrefix + shape;
    }

    /** A function type's shape: a letter per parameter, {@code _}, the result's ({@code IL_V}). */
    String shape(FnType f) {
        StringBuilder name = new StringBuilder();
        for (Type p : f.params()) {
            name.append(kind(desc(p)));
        }
        return name.append('_').append(kind(desc(f.result()))).toString();
    }

    /** The erased descriptor of the interface method, e.g. {@code (Ljava/lang/Object;I)V}. */
    String erasedMethodDesc(FnType f) {
        StringBuilder d = new StringBuilder("(");
        for (Type p : f.params()) {
            d.append(erasedDesc(kind(desc(p))));
        }
        return d.append(')').append(erasedDesc(kind(desc(f.result())))).toString();
    }

    /** The exact descriptor of a function type, e.g. {@code (Ljava/lang/String;I)V}. */
    String exactMethodDesc(FnType f) {
        StringBuilder d = new StringBuilder("(");
        for (Type p : f.params()) {
            d.append(desc(p));
        }
        return d.append(')').append(desc(f.result())).toString();
    }

    /** The JVM method name of a function or method (never one of Object's final methods). */
    static String methodName(FunctionSymbol f) {
        return OBJECT_FINALS.contains(f.name()) ? f.name() + "$" : f.name();
    }

    /** The descriptor of a function or method (ref/out parameters are one-element cells). */
    String methodDesc(FunctionSymbol f) {
        StringBuilder d = new StringBuilder("(");
        for (ParamSymbol p : f.params()) {
            d.append(p.mode() == ParamMode.VALUE ? desc(p.type()) : CELL_DESC);
        }
        return d.append(')').append(desc(f.result())).toString();
    }

    /** Every shape used so far, sorted: {@code L_V}, {@code I_I}... */
    SortedSet<String> shapes() {
        return shapes;
    }

    /** Internal name of a shape's interface. */
    String shapeInterface(String shape) {
        return fnPrefix + shape;
    }

    /** The erased descriptor of a shape's method. */
    String shapeMethodDesc(String shape) {
        int u = shape.indexOf('_');
        StringBuilder d = new StringBuilder("(");
        for (char c : shape.substring(0, u).toCharArray()) {
            d.append(erasedDesc(String.valueOf(c)));
        }
        return d.append(')').append(erasedDesc(shape.substring(u + 1))).toString();
    }

    static int loadOpcode(String desc) {
        return switch (desc.charAt(0)) {
            case 'I', 'Z', 'C', 'B', 'S' -> Opcodes.ILOAD;
            case 'J' -> Opcodes.LLOAD;
            case 'D' -> Opcodes.DLOAD;
            case 'F' -> Opcodes.FLOAD;
            default -> Opcodes.ALOAD;
        };
    }

    static int storeOpcode(String desc) {
        return loadOpcode(desc) - Opcodes.ILOAD + Opcodes.ISTORE;
    }

    static int returnOpcode(String desc) {
        return switch (desc.charAt(0)) {
            case 'V' -> Opcodes.RETURN;
            case 'I', 'Z', 'C', 'B', 'S' -> Opcodes.IRETURN;
            case 'J' -> Opcodes.LRETURN;
            case 'D' -> Opcodes.DRETURN;
            case 'F' -> Opcodes.FRETURN;
            default -> Opcodes.ARETURN;
        };
    }

    /** Slots a value of this descriptor takes. */
    static int size(String desc) {
        return switch (desc.charAt(0)) {
            case 'V' -> 0;
            case 'J', 'D' -> 2;
            default -> 1;
        };
    }
}
