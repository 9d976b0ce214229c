/**
 * The formatter's API: {@link beskid.lowering.format.api.FormatService}, a service of the
 * lowering bundle next to {@code LoweringService}, used by {@code beskid fmt} and meant for the
 * language server's document formatting.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package beskid.lowering.format.api;
