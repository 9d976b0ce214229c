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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
        // The functions of each class of the module, in declaration order, its own class first.
        Map<String, List<FunctionSymbol>> byClass = new LinkedHashMap<>();
        byClass.put(module.internalName(), new ArrayList<>());
        for (FunctionSymbol f : module.functions().values()) {
            if (f.interop() == null && f.decl().body() != null) {
                String name = emit.jvm.functionClass(f);
                List<FunctionSymbol> functions = byClass.get(name);
                if (functions == null) {
                    functions = new ArrayList<>();
                    byClass.put(name, functions);
                }
                functions.add(f);
            }
        }
        List<String> names = List.copyOf(byClass.keySet());
        List<FunctionSymbol> own = byClass.get(module.internalName());
        List<TestCase> tests = new ArrayList<>();
        List<byte[]> classes;
        if (names.size() == 1) {
            classes = List.of(moduleClass(module, ann, own, tests)); // the usual module: one class
        } else {
            List<Supplier<byte[]>> jobs = new ArrayList<>();
            int[] weights = new int[names.size()];
            jobs.add(() -> moduleClass(module, ann, own, tests));
            weights[0] = own.size() + 1;
            for (int k = 1; k < names.size(); k++) {
                String name = names.get(k);
                List<FunctionSymbol> part = byClass.get(name);
                jobs.add(() -> part(module, ann, name, part));
                weights[k] = part.size();
            }
            classes = ClassJobs.run(jobs, weights); // side by side (see ClassJobs)
        }
        for (int k = 0; k < names.size(); k++) {
            emit.addFramed(names.get(k), classes.get(k));
        }
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

    /** The module's own class: its first functions, its test blocks and their lambdas. */
    private byte[] moduleClass(ModuleSymbol module, Annotations ann, List<FunctionSymbol> own, List<TestCase> tests) {
        ClassWriter cw = newClass(module, module.internalName());
        ClassContext cls = new ClassContext(emit, module.internalName(), cw, ann, true);
        FunctionWriter writer = new FunctionWriter(cls);
        for (FunctionSymbol f : own) {
            writer.function(f, false);
        }
        for (Item item : module.items()) {
            if (item instanceof TestDecl t) {
                tests.add(test(module, writer, t));
            }
        }
        cls.drainLambdas();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A class after the first of a module split across several (see JvmTypes.partition). */
    private byte[] part(ModuleSymbol module, Annotations ann, String name, List<FunctionSymbol> functions) {
        ClassWriter cw = newClass(module, name);
        ClassContext cls = new ClassContext(emit, name, cw, ann, true);
        FunctionWriter writer = new FunctionWriter(cls);
        for (FunctionSymbol f : functions) {
            writer.function(f, false);
        }
        cls.drainLambdas();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private ClassWriter newClass(ModuleSymbol module, String name) {
        ClassWriter cw = emit.model.newWriter();
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                name,
                null,
                JvmTypes.OBJECT,
                null);
        emit.source(cw, name, module);
        return cw;
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
