package beskid.lowering.emit;

import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.ExportedFunction;
import beskid.lowering.api.TestCase;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.VariantSymbol;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;

/**
 * Lowers a checked program to class files: the program's own module and the Std modules it
 * uses, then the functional interfaces of every function type they mention.
 */
public final class ArtifactEmitter {
    private ArtifactEmitter() {}

    /**
     * @param program the checked main module
     * @param std the checked Std modules it uses (directly or not), in a fixed order
     * @param sourcePath the program's source path, which its classes' source maps name for debuggers (null: none)
     */
    public static EmittedProgram emit(CheckedModule program, List<CheckedModule> std, String sourcePath) {
        ModuleSymbol main = program.module();
        EmitContext emit = new EmitContext(main.internalName(), true, sourcePath);
        declareHierarchy(emit, main);
        std.forEach(m -> declareHierarchy(emit, m.module()));
        partition(emit, main);
        std.forEach(m -> partition(emit, m.module()));
        ModuleEmitter modules = new ModuleEmitter(emit);
        List<TestCase> tests = emitProgram(modules, program);
        for (CheckedModule m : std) {
            modules.emit(m.module(), m.annotations());
        }
        functionInterfaces(emit);
        List<ExportedFunction> exports = new ArrayList<>();
        EntryPoint entry = null;
        for (FunctionSymbol f : main.functions().values()) {
            if (f.decl().body() == null) {
                continue;
            }
            String className = emit.jvm.functionClass(f).replace('/', '.'); // a large module has several
            String desc = emit.jvm.methodDesc(f);
            exports.add(new ExportedFunction(f.qualifiedName(), className, JvmTypes.methodName(f), desc));
            if (f.name().equals("main")) {
                entry = new EntryPoint(className, "main", desc);
            }
        }
        return new EmittedProgram(emit.classes, emit.runtime.imports(), emit.runtime.tags(), exports, entry, tests);
    }

    /**
     * Writes the program's own classes (not Std's, not frames) only to meet the limits of the
     * JVM class file format, so that {@code check} reports them as {@code lower} would: code
     * size ({@code MethodTooLargeException}) and constant pool ({@code ClassTooLargeException}).
     */
    public static void checkLimits(CheckedModule program) {
        ModuleSymbol main = program.module();
        EmitContext emit = new EmitContext(main.internalName(), false, null);
        declareHierarchy(emit, main);
        partition(emit, main);
        emitProgram(new ModuleEmitter(emit), program);
    }

    private static List<TestCase> emitProgram(ModuleEmitter modules, CheckedModule program) {
        try {
            return modules.emit(program.module(), program.annotations());
        } catch (MethodTooLargeException e) {
            throw JvmLimitException.of(e, program.module());
        } catch (ClassTooLargeException e) {
            throw JvmLimitException.of(e, program.module());
        }
    }

    /** Assigns every function of a module (and its inline modules) to its class. */
    private static void partition(EmitContext emit, ModuleSymbol m) {
        emit.jvm.partition(m);
        m.inlineModules().values().forEach(inner -> partition(emit, inner));
    }

    /** Tells the class model every superclass before any frame is computed. */
    private static void declareHierarchy(EmitContext emit, ModuleSymbol m) {
        for (DeclSymbol d : m.types().values()) {
            if (d instanceof EnumSymbol e) {
                for (VariantSymbol v : e.variants()) {
                    emit.model.declare(v.internalName(), e.internalName());
                }
            }
        }
        m.inlineModules().values().forEach(inner -> declareHierarchy(emit, inner));
    }

    private static void functionInterfaces(EmitContext emit) {
        for (String shape : emit.jvm.shapes()) {
            String name = emit.jvm.shapeInterface(shape);
            ClassWriter cw = emit.model.newWriter();
            cw.visit(
                    Opcodes.V17,
                    Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE,
                    name,
                    null,
                    JvmTypes.OBJECT,
                    null);
            cw.visitMethod(
                            Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT,
                            JvmTypes.INVOKE,
                            emit.jvm.shapeMethodDesc(shape),
                            null,
                            null)
                    .visitEnd();
            cw.visitEnd();
            emit.add(name, cw.toByteArray());
        }
    }
}
