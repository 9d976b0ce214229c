package beskid.lowering.load;

import beskid.lowering.api.Diagnostic;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.check.Reporter;
import beskid.lowering.sema.ModuleSymbol;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded program: its files in load order (the entry first) and the root module, whose
 * child modules include every module file. Positions of different files never share an
 * offset, so {@link #reporter()} sends each error to the file it is in.
 */
public final class Program {
    private final List<ProgramFile> files;

    Program(List<ProgramFile> files) {
        this.files = List.copyOf(files);
    }

    /** The entry file's module. */
    public ModuleSymbol root() {
        return files.get(0).module();
    }

    /** Every file, the entry first, then in load order. */
    public List<ProgramFile> files() {
        return files;
    }

    /** The file a position is in (by its offset). */
    public ProgramFile fileAt(SourcePos pos) {
        int offset = pos.offset();
        int lo = 0;
        int hi = files.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (files.get(mid).text().base() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return files.get(lo);
    }

    /** Reports each error into the diagnostics of the file it is in. */
    public Reporter reporter() {
        return (pos, code, message) -> fileAt(pos).diagnostics().add(pos, code, message);
    }

    /** Whether any file has an error. */
    public boolean hasErrors() {
        for (ProgramFile f : files) {
            if (f.diagnostics().hasErrors()) {
                return true;
            }
        }
        return false;
    }

    /** Every error, file by file in load order, each file's in source order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (ProgramFile f : files) {
            out.addAll(f.diagnostics().list());
        }
        return out;
    }

    /** The chars of all files together (a size hint). */
    public int chars() {
        long sum = 0;
        for (ProgramFile f : files) {
            sum += f.text().length();
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    /** The shown path of every file, entry first. */
    public List<String> shownPaths() {
        List<String> out = new ArrayList<>();
        for (ProgramFile f : files) {
            out.add(f.source().path());
        }
        return out;
    }
}
