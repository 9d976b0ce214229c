package beskid.lowering.api;

/**
 * A program to build ahead of time.
 *
 * @param sources the program: its entry file and the loader of its module files
 * @param kind the artifact form
 * @param target the class-file target, e.g. {@code jvm17}
 */
public record BuildRequest(SourceSet sources, ArtifactKind kind, String target) {
    /** A request for a program of one file. */
    public BuildRequest(SourceUnit source, ArtifactKind kind, String target) {
        this(SourceSet.of(source), kind, target);
    }

    /** The program's entry file. */
    public SourceUnit source() {
        return sources.entry();
    }
}
