package beskid.lowering.check;

import beskid.abi.AbiKind;
import beskid.abi.InteropTag;
import beskid.abi.ReturnGroup;
import beskid.lowering.ast.AttributeUse;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.Types;
import java.util.List;
import java.util.Map;

/**
 * Fourth pass, over whole declarations: contracts are implemented, {@code [Interop]}
 * declarations match their ABI tag, every other function has a body, and main has a
 * signature the runtime can run.
 */
final class DeclarationValidator {
    /** The attribute that marks a body-less Std function implemented by the runtime. */
    static final String INTEROP = "Interop";

    private final Reporter reporter;

    DeclarationValidator(Reporter reporter) {
        this.reporter = reporter;
    }

    void validate(ModuleSymbol module) {
        for (DeclSymbol d : module.types().values()) {
            if (d instanceof StructSymbol s) {
                contracts(s);
                s.methods().values().forEach(this::body);
            } else if (d instanceof EnumSymbol e) {
                e.methods().values().forEach(this::body);
            }
        }
        for (FunctionSymbol f : module.functions().values()) {
            if (isInterop(f.decl())) {
                interop(f);
            } else {
                body(f);
            }
        }
        if (module.isProgramRoot()) {
            FunctionSymbol main = module.functions().get("main");
            if (main != null) {
                main(main);
            }
        }
        module.inlineModules().values().forEach(this::validate);
    }

    static boolean isInterop(FunctionDecl d) {
        for (AttributeUse a : d.attributes()) {
            if (a.name().equals(INTEROP)) {
                return true;
            }
        }
        return false;
    }

    private void body(FunctionSymbol f) {
        if (f.decl().body() == null) {
            reporter.error(f.decl().pos(), ErrorCode.UNSUPPORTED, "the function `" + f.name() + "` has no body");
        }
    }

    private void contracts(StructSymbol s) {
        for (ContractSymbol c : s.contracts()) {
            for (Map.Entry<String, FunctionSymbol> e : c.allMethods().entrySet()) {
                FunctionSymbol wanted = e.getValue();
                FunctionSymbol have = s.methods().get(e.getKey());
                if (have == null) {
                    reporter.error(
                            s.decl().pos(),
                            ErrorCode.CONTRACT,
                            "the type `" + s.name() + "` does not implement `"
                                    + wanted.owner().name() + "." + wanted.name() + "` of contract `" + c.name() + "`");
                } else if (!sameSignature(have, wanted)) {
                    reporter.error(
                            have.decl().pos(),
                            ErrorCode.CONTRACT,
                            "the method `" + s.name() + "." + have.name() + "` must have the signature "
                                    + wanted.type().display() + " of contract `"
                                    + wanted.owner().name() + "`");
                }
            }
        }
    }

    private static boolean sameSignature(FunctionSymbol a, FunctionSymbol b) {
        if (!a.typeParams().isEmpty()
                || a.params().size() != b.params().size()
                || !a.result().equals(b.result())) {
            return false;
        }
        for (int i = 0; i < a.params().size(); i++) {
            ParamSymbol pa = a.params().get(i);
            ParamSymbol pb = b.params().get(i);
            if (!pa.type().equals(pb.type()) || pa.mode() != pb.mode()) {
                return false;
            }
        }
        return true;
    }

    private void interop(FunctionSymbol f) {
        FunctionDecl d = f.decl();
        if (d.body() != null) {
            reporter.error(d.pos(), ErrorCode.INTEROP, "an [Interop] function has no body: the runtime implements it");
            return;
        }
        InteropTag tag = InteropTag.byFunction(f.qualifiedName());
        if (tag == null) {
            reporter.error(d.pos(), ErrorCode.INTEROP, "`" + f.qualifiedName() + "` has no interop tag in the ABI");
            return;
        }
        ReturnGroup group = group(f.result());
        if (group != tag.group()) {
            reporter.error(
                    d.pos(),
                    ErrorCode.INTEROP,
                    "`" + f.qualifiedName() + "` returns " + f.result().display()
                            + " but its interop tag belongs to return group " + tag.group());
            return;
        }
        List<AbiKind> kinds = tag.parameterKinds();
        boolean ok = kinds.size() == f.params().size();
        for (int i = 0; ok && i < kinds.size(); i++) {
            ok = fits(f.params().get(i).type(), kinds.get(i));
        }
        if (!ok) {
            reporter.error(
                    d.pos(),
                    ErrorCode.INTEROP,
                    "the parameters of `" + f.qualifiedName() + "` do not match its interop tag " + kinds);
            return;
        }
        f.setInterop(tag);
    }

    /** The return group of a result type. */
    static ReturnGroup group(Type t) {
        if (t == Prim.UNIT) {
            return ReturnGroup.UNIT;
        }
        if (t == Prim.BOOL || t == Prim.CHAR || Types.isInteger(t)) {
            return ReturnGroup.USIZE;
        }
        return ReturnGroup.PTR;
    }

    private static boolean fits(Type t, AbiKind kind) {
        return switch (kind) {
            case STR -> t == Prim.STRING;
            case I64, I32 -> Types.isInteger(t);
            case BOOL -> t == Prim.BOOL;
            case PTR -> Types.isReference(t);
            default -> false;
        };
    }

    private void main(FunctionSymbol main) {
        Type r = main.result();
        if (!main.params().isEmpty() || !main.typeParams().isEmpty()) {
            reporter.error(main.decl().pos(), ErrorCode.MAIN, "`main` takes no parameters");
        } else if (r != Prim.I32 && r != Prim.I64 && r != Prim.UNIT && r != Prim.ERROR) {
            reporter.error(
                    main.decl().pos(), ErrorCode.MAIN, "`main` must return i32, i64 or unit, not " + r.display());
        }
    }
}
