package beskid.runtime.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser for OSGi manifest headers (Core spec 3.2.4): {@code clause (, clause)*}, each clause
 * {@code path (; path)* (; parameter)*}, a parameter a directive {@code name:=value} or an
 * attribute {@code name(:Type)?=value}, values plain or double-quoted with backslash escapes.
 */
public final class OsgiHeader {
    /** One clause: its paths (package names or a namespace), attributes, their types and directives. */
    public record Clause(
            List<String> paths,
            Map<String, String> attributes,
            Map<String, String> types,
            Map<String, String> directives) {
        /** The declared type of an attribute ({@code String} when none is given). */
        public String type(String attribute) {
            return types.getOrDefault(attribute, "String");
        }

        /** A {@code List<...>} attribute's elements (comma separated, backslash escapes the comma). */
        public List<String> list(String attribute) {
            String value = attributes.get(attribute);
            if (value == null) {
                return null;
            }
            List<String> elements = new ArrayList<>();
            for (String element : split(value, ',')) {
                elements.add(unescape(element.trim()));
            }
            return elements;
        }
    }

    private OsgiHeader() {}

    /** Parses a header value into its clauses; an absent header has none. */
    public static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clauseText : split(header, ',')) {
            List<String> paths = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clauseText, ';')) {
                part = part.trim();
                int eq = indexOutsideQuotes(part, '=');
                if (eq < 0) {
                    if (!attributes.isEmpty() || !directives.isEmpty()) {
                        throw new IllegalArgumentException("path after a parameter in: " + clauseText);
                    }
                    paths.add(part);
                } else if (eq > 0 && part.charAt(eq - 1) == ':') {
                    directives.put(
                            part.substring(0, eq - 1).trim(),
                            unquote(part.substring(eq + 1).trim()));
                } else {
                    String key = part.substring(0, eq).trim();
                    int colon = key.indexOf(':');
                    if (colon >= 0) {
                        types.put(
                                key.substring(0, colon).trim(),
                                key.substring(colon + 1).trim());
                        key = key.substring(0, colon).trim();
                    }
                    attributes.put(key, unquote(part.substring(eq + 1).trim()));
                }
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("clause without a path: " + clauseText);
            }
            clauses.add(new Clause(List.copyOf(paths), attributes, types, directives));
        }
        return clauses;
    }

    /** The clauses whose first path is {@code path}. */
    public static List<Clause> clausesFor(String header, String path) {
        return parse(header).stream().filter(c -> c.paths().get(0).equals(path)).toList();
    }

    /** Splits at separators outside double quotes; escapes are kept for the next level. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in: " + text);
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** Removes surrounding quotes; backslash escapes stay until a list is split. */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                c = value.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
