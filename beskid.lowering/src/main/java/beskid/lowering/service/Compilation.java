package beskid.lowering.service;

import beskid.abi.Abi;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.check.ErrorCodes;
import beskid.lowering.check.ModuleChecker;
import beskid.lowering.check.ModuleLoader;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.emit.ArtifactEmitter;
import beskid.lowering.emit.EmittedProgram;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.InternalErrors;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * One run of the pipeline over one source: parse, check, and (when asked and error-free)
 * lower. Runs on a thread of its own with a large stack, so deeply nested or very long input
 * cannot overflow the caller's stack, and turns any failure of the compiler itself into an
 * {@code E0999} diagnostic: nothing is ever thrown at the user.
 */
final class Compilation {
    /**
     * Stack of the compiling thread: the passes recurse over the tree, whose depth the parser
     * bounds (256 levels of nesting); this leaves a wide margin at any JVM's frame sizes.
     */
    static final long STACK_BYTES = 64L << 20;

    private final ModuleLoader loader;
    private final SourceUnit source;
    private final boolean lower;

    Compilation(ModuleLoader loader, SourceUnit source, boolean lower) {
        this.loader = loader;
        this.source = source;
        this.lower = lower;
    }

    LoweringResult run() {
        LoweringResult[] result = new LoweringResult[1];
        Thread worker = new Thread(null, () -> result[0] = guarded(), "beskid-lowering", STACK_BYTES);
        worker.setDaemon(true);
        try {
            worker.start();
        } catch (OutOfMemoryError e) {
            return guarded(); // no thread to be had: compile on the caller's stack rather than fail
        }
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result[0];
    }

    private LoweringResult guarded() {
        InternalErrors.reset();
        SourceText text = SourceText.decode(source.path(), source.content());
        Diagnostics diags = new Diagnostics(text);
        try {
            return pipeline(text, diags);
        } catch (MethodTooLargeException e) {
            SourcePos at = InternalErrors.last();
            diags.add(
                    at != null ? at : new SourcePos(0, 1, 1),
                    ErrorCodes.TOO_LARGE,
                    "the function `" + e.getMethodName()
                            + "` is too large: its code exceeds the JVM limit of 64 KB; split it into smaller functions");
            return new LoweringResult(diags.list(), null);
        } catch (ClassTooLargeException e) {
            diags.add(
                    new SourcePos(0, 1, 1),
                    ErrorCodes.TOO_LARGE,
                    "the class `" + e.getClassName().replace('/', '.')
                            + "` is too large: it exceeds the JVM limit of 65535 constants; split the module");
            return new LoweringResult(diags.list(), null);
        } catch (RuntimeException | Error e) {
            // a bug of the compiler (or a source too big for the memory it has): a diagnostic, never a crash
            SourcePos at = InternalErrors.last();
            diags.add(at != null ? at : new SourcePos(0, 1, 1), ErrorCodes.INTERNAL, "internal compiler error: " + e);
            return new LoweringResult(diags.list(), null);
        } finally {
            InternalErrors.reset();
        }
    }

    private LoweringResult pipeline(SourceText text, Diagnostics diags) {
        CompilationUnit unit = Parser.parse(text, diags);
        String name = moduleName(unit);
        ModuleSymbol module =
                new ModuleSymbol(name, "prog/" + name.replace('.', '/'), source.fileName(), null, false, unit.items());
        boolean syntaxErrors = diags.hasErrors();
        CheckedModule checked = ModuleChecker.check(
                module,
                loader,
                (pos, code, message) -> {
                    // after a syntax error a statement may be missing from the tree: no "missing return" for it
                    if (!(syntaxErrors && code.equals(ErrorCodes.MISSING_RETURN))) {
                        diags.add(pos, code, message);
                    }
                },
                source.content().length);
        if (diags.hasErrors() || !lower) {
            return new LoweringResult(diags.list(), null);
        }
        EmittedProgram p = ArtifactEmitter.emit(checked, stdModules(module), source.path());
        LoweredArtifact artifact = new LoweredArtifact(
                source.fileName(),
                sha256(source.content()),
                Abi.BESKID_RUNTIME_ABI_VERSION,
                p.classes(),
                p.imports(),
                p.interopTags(),
                p.exports(),
                p.entry(),
                p.tests());
        return new LoweringResult(List.of(), artifact);
    }

    /** {@code mod a.b;} names the module; otherwise the file name without {@code .bd}. */
    private String moduleName(CompilationUnit unit) {
        for (Item item : unit.items()) {
            if (item instanceof ModDecl m && !m.path().isEmpty()) {
                return String.join(".", m.path());
            }
        }
        String file = source.fileName();
        return file.endsWith(".bd") ? file.substring(0, file.length() - 3) : file;
    }

    /** Every Std module the program uses, directly or through other Std modules, by name. */
    private List<CheckedModule> stdModules(ModuleSymbol module) {
        Map<String, ModuleSymbol> found = new TreeMap<>();
        List<ModuleSymbol> work = new ArrayList<>();
        work.add(module);
        while (!work.isEmpty()) {
            ModuleSymbol m = work.remove(work.size() - 1);
            for (ModuleSymbol used : m.usedModules()) {
                if (used.isStd() && found.putIfAbsent(used.name(), used) == null) {
                    work.add(used);
                }
            }
            work.addAll(m.inlineModules().values());
        }
        List<CheckedModule> out = new ArrayList<>();
        for (String std : found.keySet()) {
            out.add(loader.std(std));
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
