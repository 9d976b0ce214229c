package beskid.eclipse;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/** Fresh Beskid projects, one per test, in the shared workspace of a test class. */
final class ResourcesProjects {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private ResourcesProjects() {}

    static IProject next(String prefix) throws CoreException {
        return BuilderIT.beskidProject(prefix + COUNT.incrementAndGet());
    }
}
