package beskid.lowering.analysis;

import beskid.lowering.check.ModuleLoader;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import beskid.lowering.syntax.SyntaxDetails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard library's sources as documents, so that its symbols have locations and doc
 * comments. They are named {@code beskid-std:///Std/System/IO.bd}: a client can show the URI,
 * and the text is this bundle's resource. Positions match the checked Std modules, which are
 * parsed from the same text at base 0.
 */
final class StdDocuments {
    /** The URI scheme of Std documents. */
    static final String SCHEME = "beskid-std";

    private static final Map<String, DocumentText> DOCS = new ConcurrentHashMap<>();

    private StdDocuments() {}

    /** The URI of a Std module's source, e.g. {@code beskid-std:///Std/System/IO.bd}. */
    static String uri(String module) {
        return SCHEME + ":///" + module.replace('.', '/') + ".bd";
    }

    /** The document of a Std module, or null if there is no such resource. */
    static DocumentText document(String module) {
        DocumentText known = DOCS.get(module);
        if (known != null) {
            return known;
        }
        String resource = ModuleLoader.STD_ROOT + module.replace('.', '/') + ".bd";
        String text;
        try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        String simple = module.substring(module.lastIndexOf('.') + 1);
        SourceText source = SourceText.of(simple + ".bd", text);
        SyntaxDetails details = new SyntaxDetails();
        Parser.parse(source, new Diagnostics(source), details);
        DocumentText doc = new DocumentText(uri(module), source, details.tokens(), details.comments());
        DOCS.putIfAbsent(module, doc);
        return DOCS.get(module);
    }
}
