package beskid.cli.shell;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Two shell commands whose Gogo versions fail as typed most often: {@code refresh} with no
 * argument (Gogo Command 1.1.2 throws a NullPointerException before refreshing anything, so
 * after {@code update} the backends stay bound to the old runtime) and {@code exit} with no
 * argument (an IllegalArgumentException). Registered under the same names with a higher
 * service ranking, which Gogo prefers; with arguments they behave as Gogo's do.
 */
@Component(
        service = ShellFixes.class,
        property = {
            "osgi.command.scope=felix",
            "osgi.command.function=refresh",
            "osgi.command.function=exit",
            "service.ranking:Integer=100"
        })
public final class ShellFixes {
    private static final long REFRESH_TIMEOUT_SECONDS = 60;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
    }

    /** Refreshes every bundle that needs it (updated or uninstalled ones and their dependants). */
    public String refresh() throws InterruptedException {
        return refresh(new Bundle[0]);
    }

    /**
     * Refreshes the given bundles (none: all that need it) and waits until the refresh is
     * done, so the next command already sees the rewired toolchain.
     */
    public String refresh(Bundle... bundles) throws InterruptedException {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<Bundle> chosen = bundles == null || bundles.length == 0 ? null : Arrays.asList(bundles);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(chosen, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        return done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS) ? "refreshed" : "refresh still running";
    }

    /** Ends the shell and the container with exit code 0. */
    public void exit() {
        exit(0);
    }

    /** Ends the shell and the container with the given exit code. */
    public void exit(int code) {
        System.exit(code);
    }
}
