/** The language server as a Declarative Services component, tracking the toolchain's services. */
package beskid.lsp.component;
