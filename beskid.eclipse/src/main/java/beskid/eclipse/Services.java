package beskid.eclipse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Beskid's OSGi services, looked up for the length of one build or launch and released after
 * it. Builders and launch delegates are made by the extension registry, not by DS, so they
 * cannot hold references; looking up each time is also what makes a hot-swapped lowering or
 * backend bundle usable again the moment its service is back.
 */
public final class Services {
    /** What a service is used for while it is held. */
    @FunctionalInterface
    public interface Use<T, R, E extends Exception> {
        R apply(T service) throws E;
    }

    private Services() {}

    /**
     * Runs {@code use} with the best service of the type (and filter), then releases it.
     *
     * @param what names the service in the "no backend" message
     * @throws NoBackendException when there is no such service now
     */
    public static <T, R, E extends Exception> R with(Class<T> type, String filter, String what, Use<T, R, E> use)
            throws NoBackendException, E {
        try (Held<T> held = hold(type, filter, what)) {
            return use.apply(held.service());
        }
    }

    /** A service held until {@link #close}: for a use that outlives the call (a running launch). */
    public static final class Held<T> implements AutoCloseable {
        private final BundleContext context;
        private final ServiceReference<T> reference;
        private final T service;
        private boolean released;

        private Held(BundleContext context, ServiceReference<T> reference, T service) {
            this.context = context;
            this.reference = reference;
            this.service = service;
        }

        public T service() {
            return service;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                context.ungetService(reference);
            }
        }
    }

    /**
     * Gets the best service of the type (and filter) and holds it until the result is closed.
     *
     * @throws NoBackendException when there is no such service now
     */
    public static <T> Held<T> hold(Class<T> type, String filter, String what) throws NoBackendException {
        BundleContext context = context();
        ServiceReference<T> reference = best(context, type, filter);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new NoBackendException(what);
        }
        return new Held<>(context, reference, service);
    }

    private static <T> ServiceReference<T> best(BundleContext context, Class<T> type, String filter) {
        if (filter == null) {
            return context.getServiceReference(type);
        }
        try {
            ServiceReference<T> best = null;
            for (ServiceReference<T> r : context.getServiceReferences(type, filter)) {
                if (best == null || r.compareTo(best) > 0) {
                    best = r;
                }
            }
            return best;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    private static BundleContext context() throws NoBackendException {
        Bundle self = FrameworkUtil.getBundle(Services.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            throw new NoBackendException("the beskid.eclipse bundle's context");
        }
        return context;
    }
}
