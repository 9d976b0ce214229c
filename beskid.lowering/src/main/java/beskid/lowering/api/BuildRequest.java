package beskid.lowering.api;

/**
 * A program to build ahead of time.
 *
 * @param source the program
 * @param kind the artifact form
 * @param target the class-file target, e.g. {@code jvm17}
 */
public record BuildRequest(SourceUnit source, ArtifactKind kind, String target) {}
