package beskid.lowering.service;

import beskid.abi.Abi;
import beskid.lowering.analysis.BigStack;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.check.ModuleChecker;
import beskid.lowering.check.ModuleLoader;
import beskid.lowering.check.Reporter;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.emit.ArtifactEmitter;
import beskid.lowering.emit.EmittedProgram;
import beskid.lowering.emit.JvmLimitException;
import beskid.lowering.load.Program;
import beskid.lowering.load.ProgramFile;
import beskid.lowering.load.ProgramLoader;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.InternalErrors;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.syntax.SourceText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * One run of the pipeline over one program: load and parse its files, check, and (when asked
 * and error-free) lower. Runs on a thread of its own with a large stack, so deeply nested or very long input
 * cannot overflow the caller's stack, and turns any failure of the compiler itself into an
 * {@code E0999} diagnostic: nothing is ever thrown at the user.
 */
final class Compilation {
    private final ModuleLoader loader;
    private final SourceSet sources;
    private final boolean lower;

    Compilation(ModuleLoader loader, SourceSet sources, boolean lower) {
        this.loader = loader;
        this.sources = sources;
        this.lower = lower;
    }

    LoweringResult run() {
        return BigStack.call("beskid-lowering", this::guarded);
    }

    private LoweringResult guarded() {
        InternalErrors.reset();
        Program program = null;
        try {
            program = ProgramLoader.load(sources);
            return pipeline(program);
        } catch (JvmLimitException e) {
            return failure(program, e.pos(), ErrorCode.TOO_LARGE, e.getMessage());
        } catch (MethodTooLargeException e) {
            SourcePos at = InternalErrors.last();
            return failure(
                    program,
                    at,
                    ErrorCode.TOO_LARGE,
                    "the function `" + e.getMethodName()
                            + "` is too large: its code exceeds the JVM limit of 64 KB; split it into smaller functions");
        } catch (ClassTooLargeException e) {
            return failure(
                    program,
                    null,
                    ErrorCode.TOO_LARGE,
                    "the class `" + e.getClassName().replace('/', '.')
                            + "` is too large: it exceeds the JVM limit of 65535 constants; split the module");
        } catch (RuntimeException | Error e) {
            // a bug of the compiler (or a source too big for the memory it has): a diagnostic, never a crash
            return failure(program, InternalErrors.last(), ErrorCode.INTERNAL, "internal compiler error: " + e);
        } finally {
            InternalErrors.reset();
        }
    }

    /** A result with one more error, in the file of {@code at} (the entry file when unknown). */
    private LoweringResult failure(Program program, SourcePos at, String code, String message) {
        SourcePos pos = at != null ? at : new SourcePos(0, 1, 1);
        if (program == null) {
            // loading itself failed: report against the entry file alone
            SourceUnit entry = sources.entry();
            Diagnostics diags = new Diagnostics(SourceText.decode(entry.path(), entry.content()));
            diags.add(pos, code, message);
            return new LoweringResult(diags.list(), null, List.of(entry.path()));
        }
        program.reporter().error(pos, code, message);
        return new LoweringResult(program.diagnostics(), null, program.shownPaths());
    }

    private LoweringResult pipeline(Program program) {
        ModuleSymbol module = program.root();
        boolean syntaxErrors = program.hasErrors();
        Reporter files = program.reporter();
        CheckedModule checked = ModuleChecker.check(
                module,
                loader,
                (pos, code, message) -> {
                    // after a syntax error a statement may be missing from the tree: no "missing return" for it
                    if (!(syntaxErrors && code.equals(ErrorCode.MISSING_RETURN))) {
                        files.error(pos, code, message);
                    }
                },
                program.chars());
        if (program.hasErrors()) {
            return new LoweringResult(program.diagnostics(), null, program.shownPaths());
        }
        if (!lower) {
            ArtifactEmitter.checkLimits(checked); // the JVM's limits are check's diagnostics too
            return new LoweringResult(program.diagnostics(), null, program.shownPaths());
        }
        EmittedProgram p = ArtifactEmitter.emit(
                checked, stdModules(module), sources.entry().path());
        LoweredArtifact artifact = new LoweredArtifact(
                sources.entry().fileName(),
                sourceHash(program),
                Abi.BESKID_RUNTIME_ABI_VERSION,
                p.classes(),
                p.imports(),
                p.interopTags(),
                p.exports(),
                p.entry(),
                p.tests());
        return new LoweringResult(List.of(), artifact, program.shownPaths());
    }

    /**
     * SHA-256 of the entry's bytes for a program of one file (as before programs had several);
     * otherwise over every file in load order, each as its relative path, a zero byte, its
     * length and its bytes, so moving or changing any file changes the hash.
     */
    static String sourceHash(Program program) {
        List<ProgramFile> files = program.files();
        if (files.size() == 1) {
            return sha256(files.get(0).source().content());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ProgramFile f : files) {
                byte[] content = f.source().content();
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(
                        ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
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
