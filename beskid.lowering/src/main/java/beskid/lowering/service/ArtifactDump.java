package beskid.lowering.service;

import beskid.abi.InteropTag;
import beskid.lowering.api.ExportedFunction;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.SymbolImport;
import beskid.lowering.api.TestCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/** The readable, deterministic listing of an artifact: metadata, then each class's bytecode. */
final class ArtifactDump {
    private ArtifactDump() {}

    static String render(LoweredArtifact a) {
        StringBuilder out = new StringBuilder();
        out.append("artifact ").append(a.sourceName()).append('\n');
        out.append("abi version: ").append(a.abiVersion()).append('\n');
        out.append("source sha-256: ").append(a.sourceHash()).append('\n');
        out.append("imports:\n");
        for (SymbolImport i : a.imports()) {
            out.append("  ")
                    .append(i.symbol())
                    .append(' ')
                    .append(i.signature())
                    .append('\n');
        }
        out.append("interop tags:\n");
        for (int id : a.interopTags()) {
            InteropTag tag = InteropTag.byId(id);
            out.append("  ")
                    .append(id)
                    .append(' ')
                    .append(tag != null ? tag.function() + " " + tag.group() : "?")
                    .append('\n');
        }
        out.append("exports:\n");
        for (ExportedFunction f : a.exports()) {
            out.append("  ")
                    .append(f.name())
                    .append(" = ")
                    .append(f.className())
                    .append('.')
                    .append(f.methodName())
                    .append(f.descriptor())
                    .append('\n');
        }
        out.append("entry: ")
                .append(
                        a.entry() == null
                                ? "none"
                                : a.entry().className() + "." + a.entry().methodName()
                                        + a.entry().descriptor())
                .append('\n');
        out.append("tests:\n");
        for (TestCase t : a.tests()) {
            out.append("  ")
                    .append(t.name())
                    .append(" (line ")
                    .append(t.line())
                    .append(") = ")
                    .append(t.body().className())
                    .append('.')
                    .append(t.body().methodName());
            if (t.skipCondition() != null) {
                out.append(" skip ").append(t.skipCondition().methodName());
            }
            if (t.skipReason() != null) {
                out.append(" reason \"").append(t.skipReason()).append('"');
            }
            if (!t.tags().isEmpty()) {
                out.append(" tags ").append(String.join(",", t.tags()));
            }
            if (t.group() != null) {
                out.append(" group ").append(t.group());
            }
            out.append('\n');
        }
        for (Map.Entry<String, byte[]> c : a.classes().entrySet()) {
            out.append("\nclass ").append(c.getKey()).append('\n');
            StringWriter text = new StringWriter();
            try {
                new ClassReader(c.getValue())
                        .accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(text)), 0);
                out.append(text);
            } catch (RuntimeException e) {
                // an artifact from elsewhere may hold bytes that are not a class: say so, keep going
                out.append("  <unreadable class: ").append(e).append(">\n");
            }
        }
        return out.toString();
    }
}
