package beskid.cli.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Brings the cached bundles in line with the distribution's jars (install new, update changed,
 * uninstall gone) and starts them. Shell bundles start transiently and only for the shell.
 */
final class BundleSet {
    private static final Set<String> SHELL_BUNDLES = Set.of("org.apache.felix.gogo.jline", "org.jline");

    private BundleSet() {}

    static void synchronize(BundleContext context, List<Path> jars, boolean shell) throws BundleException, IOException {
        List<Bundle> bundles = install(context, jars);
        Framework framework = (Framework) context.getBundle(0);
        framework.start();
        for (Bundle bundle : bundles) {
            if (isFragment(bundle)) {
                continue;
            }
            if (SHELL_BUNDLES.contains(bundle.getSymbolicName())) {
                if (shell) {
                    bundle.start(Bundle.START_TRANSIENT);
                    if (bundle.getSymbolicName().equals("org.jline")) {
                        // JLine finds its terminal providers through the context class loader; the
                        // launcher's (the application loader) cannot see them, JLine's own can.
                        Thread.currentThread()
                                .setContextClassLoader(
                                        bundle.adapt(BundleWiring.class).getClassLoader());
                    }
                } else if (bundle.getState() == Bundle.ACTIVE) {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                }
                continue;
            }
            if (bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
        }
    }

    /**
     * Fills a framework that is initialised but not started (start level 0): installs every jar
     * and records every bundle but the shell's as persistently started, so a framework started
     * later on this cache starts them without writing to it.
     */
    static void prepare(BundleContext context, List<Path> jars) throws BundleException, IOException {
        for (Bundle bundle : install(context, jars)) {
            if (!isFragment(bundle) && !SHELL_BUNDLES.contains(bundle.getSymbolicName())) {
                bundle.start();
            }
        }
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    /** Installs new jars, updates changed ones, uninstalls bundles whose jar is gone. */
    private static List<Bundle> install(BundleContext context, List<Path> jars) throws BundleException, IOException {
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() != 0) {
                installed.put(b.getLocation(), b);
            }
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            String location = jar.toUri().toString();
            Bundle bundle = installed.remove(location);
            long modified = Files.getLastModifiedTime(jar).toMillis();
            if (bundle == null) {
                try (InputStream in = Files.newInputStream(jar)) {
                    bundle = context.installBundle(location, in);
                }
            } else if (bundle.getLastModified() < modified) {
                try (InputStream in = Files.newInputStream(jar)) {
                    bundle.update(in);
                }
            }
            bundles.add(bundle);
        }
        for (Bundle gone : installed.values()) {
            gone.uninstall();
        }
        return bundles;
    }
}
