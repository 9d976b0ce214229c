package beskid.lowering.sema;

/**
 * A module whose declarations and bodies are checked: its symbols and the annotations the
 * emitter reads. Immutable once built, so checked standard library modules can be shared
 * between compilations.
 */
public record CheckedModule(ModuleSymbol module, Annotations annotations) {}
