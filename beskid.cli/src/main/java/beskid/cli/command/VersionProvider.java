package beskid.cli.command;

import beskid.abi.Abi;
import beskid.cli.launcher.ToolchainVersion;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;
import picocli.CommandLine;

/**
 * {@code beskid --version}: the toolchain's version, the runtime ABI that is actually installed
 * (the version of the {@code beskid.runtime.abi} capability the running runtime bundle provides),
 * and the Java the toolchain runs on.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "beskid " + ToolchainVersion.get(),
            "ABI " + abiVersion() + " (" + Abi.RUNTIME_EXPORT_SYMBOLS.size() + " runtime symbols, "
                    + Abi.INTEROP_TAGS.size() + " interop tags)",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")"
        };
    }

    static String abiVersion() {
        Bundle runtime = FrameworkUtil.getBundle(Abi.class);
        BundleWiring wiring = runtime == null ? null : runtime.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleCapability c : wiring.getCapabilities(Abi.CAPABILITY_NAMESPACE)) {
                Object version = c.getAttributes().get("version");
                if (version != null) {
                    return version.toString();
                }
            }
        }
        return Integer.toString(Abi.BESKID_RUNTIME_ABI_VERSION); // outside a framework
    }
}
