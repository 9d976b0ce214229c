/**
 * The Beskid language server as a service of the {@code beskid.lsp} bundle: {@link
 * beskid.lsp.api.LanguageServerEndpoint} serves the Language Server Protocol over any pair of
 * streams (the {@code beskid lsp} command hands it the process's stdio) and, when configured,
 * over a loopback socket for an IDE process that embeds the bundles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package beskid.lsp.api;
