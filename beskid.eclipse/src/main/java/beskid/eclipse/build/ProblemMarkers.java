package beskid.eclipse.build;

import beskid.eclipse.Ids;
import beskid.lowering.api.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/** Beskid problem markers: one per diagnostic of a file, and the project's "no backend" marker. */
final class ProblemMarkers {
    /** The code of the marker a build leaves on the project when it could not check anything. */
    static final String NO_BACKEND_CODE = "no-backend";

    private ProblemMarkers() {}

    /** Replaces the file's markers with one per diagnostic. */
    static void replace(IResource file, String text, List<Diagnostic> diagnostics) throws CoreException {
        file.deleteMarkers(Ids.PROBLEM, false, IResource.DEPTH_ZERO);
        SourceOffsets offsets = new SourceOffsets(text);
        for (Diagnostic d : diagnostics) {
            int start = offsets.start(d.line(), d.column());
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            attributes.put(IMarker.MESSAGE, d.message());
            attributes.put(IMarker.LINE_NUMBER, d.line());
            attributes.put(IMarker.CHAR_START, start);
            attributes.put(IMarker.CHAR_END, offsets.end(start));
            attributes.put(Ids.CODE, d.code());
            file.createMarker(Ids.PROBLEM, attributes);
        }
    }

    /** Says on the project that the build could not check anything, until a build can. */
    static void noBackend(IResource project, String message) throws CoreException {
        clearNoBackend(project);
        project.createMarker(
                Ids.PROBLEM,
                Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, message, Ids.CODE, NO_BACKEND_CODE));
    }

    static void clearNoBackend(IResource project) throws CoreException {
        project.deleteMarkers(Ids.PROBLEM, false, IResource.DEPTH_ZERO);
    }
}
