package beskid.lowering.emit;

import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.TestCase;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.SectionEntry;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TestSection;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.StructSymbol;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A module: one final class whose static methods are its functions and test blocks, plus the
 * classes of its types, enums and contracts, and (recursively) its inline modules.
 */
final class ModuleEmitter {
    private final EmitContext emit;

    ModuleEmitter(EmitContext emit) {
        this.emit = emit;
    }

    /** Emits the module and returns its tests (in source order). */
    List<TestCase> emit(ModuleSymbol module, Annotations ann) {
        List<TestCase> tests = new ArrayList<>();
        ClassWriter cw = emit.model.newWriter();
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                module.internalName(),
                null,
                JvmTypes.OBJECT,
                null);
        emit.source(cw, module.internalName(), module);
        ClassContext cls = new ClassContext(emit, module.internalName(), cw, ann, true);
        FunctionWriter writer = new FunctionWriter(cls);
        List<FunctionSymbol> others = new ArrayList<>();
        for (FunctionSymbol f : module.functions().values()) {
            if (f.interop() == null && f.decl().body() != null) {
                if (emit.jvm.functionClass(f).equals(module.internalName())) {
                    writer.function(f, false);
                } else {
                    others.add(f);
                }
            }
        }
        parts(module, ann, others);
        for (Item item : module.items()) {
            if (item instanceof TestDecl t) {
                tests.add(test(module, writer, t));
            }
        }
        cls.drainLambdas();
        cw.visitEnd();
        emit.addFramed(module.internalName(), cw.toByteArray());
        for (DeclSymbol d : module.types().values()) {
            if (d instanceof StructSymbol s) {
                new TypeEmitter(emit).emit(s, ann);
            } else if (d instanceof EnumSymbol e) {
                new EnumEmitter(emit).emit(e, ann);
            } else {
                new ContractEmitter(emit).emit((ContractSymbol) d);
            }
        }
        for (ModuleSymbol inner : module.inlineModules().values()) {
            tests.addAll(emit(inner, ann));
        }
        return tests;
    }

    /** The classes after the first of a module split across several (see JvmTypes.partition). */
    private void parts(ModuleSymbol module, Annotations ann, List<FunctionSymbol> functions) {
        int from = 0;
        while (from < functions.size()) {
            String name = emit.jvm.functionClass(functions.get(from));
            ClassWriter cw = emit.model.newWriter();
            cw.visit(
                    Opcodes.V17,
                    Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                    name,
                    null,
                    JvmTypes.OBJECT,
                    null);
            emit.source(cw, name, module);
            ClassContext cls = new ClassContext(emit, name, cw, ann, true);
            FunctionWriter writer = new FunctionWriter(cls);
            while (from < functions.size()
                    && emit.jvm.functionClass(functions.get(from)).equals(name)) {
                writer.function(functions.get(from++), false);
            }
            cls.drainLambdas();
            cw.visitEnd();
            emit.addFramed(name, cw.toByteArray());
        }
    }

    private TestCase test(ModuleSymbol module, FunctionWriter writer, TestDecl t) {
        String className = module.internalName().replace('/', '.');
        String bodyName = "test$" + t.name();
        writer.test(t, bodyName);
        EntryPoint skip = null;
        String reason = null;
        if (t.skip() != null) {
            SectionEntry condition = entry(t.skip(), "condition");
            if (condition != null) {
                writer.condition(condition.value(), bodyName + "$skip");
                skip = new EntryPoint(className, bodyName + "$skip", "()Z");
            }
            reason = text(entry(t.skip(), "reason"));
        }
        List<String> tags = new ArrayList<>();
        String group = null;
        if (t.meta() != null) {
            String tagText = text(entry(t.meta(), "tags"));
            if (tagText != null) {
                for (String tag : tagText.split(",")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.trim());
                    }
                }
            }
            group = text(entry(t.meta(), "group"));
        }
        return new TestCase(
                t.name(), t.pos().line(), new EntryPoint(className, bodyName, "()V"), skip, reason, tags, group);
    }

    private static SectionEntry entry(TestSection s, String key) {
        for (SectionEntry e : s.entries()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    private static String text(SectionEntry e) {
        if (e == null || !(e.value() instanceof StringLit s)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (StringPart p : s.parts()) {
            if (p instanceof StringPart.Text t) {
                b.append(t.text());
            }
        }
        return b.toString();
    }
}
