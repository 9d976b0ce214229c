package beskid.lowering.diag;

/** Nouns in diagnostics: "1 argument", "2 arguments", "a function", "an enum". */
public final class Wording {
    private Wording() {}

    /** {@code n} followed by {@code noun}, plural unless {@code n} is 1. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code noun} after its indefinite article: "an" before a vowel, else "a". */
    public static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.isEmpty() ? ' ' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
