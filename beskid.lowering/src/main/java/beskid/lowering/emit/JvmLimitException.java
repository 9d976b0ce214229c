package beskid.lowering.emit;

import beskid.lowering.ast.SourcePos;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.DeclaredTypeSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.InternalErrors;
import beskid.lowering.sema.ModuleSymbol;
import java.util.Map;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * A program beyond a limit of the JVM class file format, found while writing its classes:
 * a method over 64 KB of code or a class over 65,535 constants. Carries the position of the
 * function or module at fault, found by the JVM names ASM reports.
 */
public final class JvmLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePos pos;

    private JvmLimitException(SourcePos pos, String message, Throwable cause) {
        super(message, cause);
        this.pos = pos;
    }

    /** Where the diagnostic points: the declaration of the function or module at fault. */
    public SourcePos pos() {
        return pos;
    }

    static JvmLimitException of(MethodTooLargeException e, ModuleSymbol main) {
        FunctionSymbol f = find(main, e.getClassName(), e.getMethodName());
        String name = f != null ? f.name() : e.getMethodName();
        SourcePos at = f != null ? f.decl().pos() : InternalErrors.last();
        return new JvmLimitException(
                at,
                "the function `" + name
                        + "` is too large: its code exceeds the JVM limit of 64 KB; split it into smaller functions",
                e);
    }

    static JvmLimitException of(ClassTooLargeException e, ModuleSymbol main) {
        return new JvmLimitException(
                InternalErrors.last(),
                "the class `" + e.getClassName().replace('/', '.')
                        + "` is too large: it exceeds the JVM limit of 65535 constants; split the module",
                e);
    }

    private static FunctionSymbol find(ModuleSymbol m, String className, String methodName) {
        if (m.internalName().equals(className)) {
            FunctionSymbol f = byJvmName(m.functions(), methodName);
            if (f != null) {
                return f;
            }
        }
        for (DeclSymbol d : m.types().values()) {
            if (d instanceof DeclaredTypeSymbol<?> t && t.internalName().equals(className)) {
                FunctionSymbol f = byJvmName(t.methods(), methodName);
                if (f != null) {
                    return f;
                }
            }
        }
        for (ModuleSymbol inner : m.inlineModules().values()) {
            FunctionSymbol f = find(inner, className, methodName);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static FunctionSymbol byJvmName(Map<String, FunctionSymbol> functions, String methodName) {
        for (FunctionSymbol f : functions.values()) {
            if (JvmTypes.methodName(f).equals(methodName)) {
                return f;
            }
        }
        return null;
    }
}
