package beskid.lowering.emit;

import beskid.lowering.api.EntryPoint;
import beskid.lowering.api.ExportedFunction;
import beskid.lowering.api.SymbolImport;
import beskid.lowering.api.TestCase;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The classes and metadata of a lowered program, before the service adds the source name,
 * hash and ABI version.
 *
 * @param classes class files by binary name
 * @param imports every runtime symbol called, with its signature
 * @param interopTags every interop tag dispatched
 * @param exports the main module's functions
 * @param entry main, or null
 * @param tests the test blocks in source order
 */
public record EmittedProgram(
        SortedMap<String, byte[]> classes,
        SortedSet<SymbolImport> imports,
        SortedSet<Integer> interopTags,
        List<ExportedFunction> exports,
        EntryPoint entry,
        List<TestCase> tests) {}
