/**
 * The language server itself (LSP4J): one {@link beskid.lsp.server.BeskidLanguageServer} per
 * client, answering every request from the lowering bundle's analysis model and formatter as
 * they are at the moment of the request.
 */
package beskid.lsp.server;
