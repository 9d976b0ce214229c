/**
 * The formatter behind {@code beskid fmt}: the canonical layout of docs/FORMAT.md, printed from
 * the parser's syntax tree, the tokens (for literal text and brace positions) and the comments
 * (which it keeps). It parses only; type errors do not stop it, syntax errors do.
 */
package beskid.lowering.format;
