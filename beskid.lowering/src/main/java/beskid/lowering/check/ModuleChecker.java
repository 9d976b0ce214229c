package beskid.lowering.check;

import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.ModuleSymbol;

/**
 * Checks one module in passes: declarations, uses, signatures, whole-declaration rules, then
 * bodies. Every error goes to the reporter; checking always runs to the end so that all
 * errors of a file are reported.
 */
public final class ModuleChecker {
    private ModuleChecker() {}

    /** Checks a module (and its inline modules), loading the Std modules it uses. */
    public static CheckedModule check(ModuleSymbol module, ModuleLoader loader, Reporter reporter) {
        return check(module, loader, reporter, 0);
    }

    /**
     * Checks a module whose source has about {@code sourceChars} characters (a size hint for
     * the annotation tables).
     */
    public static CheckedModule check(ModuleSymbol module, ModuleLoader loader, Reporter reporter, int sourceChars) {
        Annotations ann = new Annotations(sourceChars / 4);
        TypeResolver types = new TypeResolver(reporter);
        new DeclarationCollector(reporter).collect(module);
        new UseResolver(reporter, loader).resolve(module);
        new SignatureResolver(reporter, types).resolve(module);
        new DeclarationValidator(reporter).validate(module);
        new BodyChecker(reporter, types, ann).check(module);
        return new CheckedModule(module, ann);
    }
}
