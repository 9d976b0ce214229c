package beskid.conformance;

import java.util.SortedSet;

/**
 * What one backend produced for one program.
 *
 * @param stdout the program's standard output
 * @param stderr its standard error
 * @param exit its exit code
 * @param symbols the import surface the backend reported (null for a child process)
 */
record Observed(String stdout, String stderr, int exit, SortedSet<String> symbols) {
    /** Same observable behaviour: stdout, stderr (with the panic message) and exit code. */
    boolean sameBehaviour(Observed other) {
        return stdout.equals(other.stdout) && stderr.equals(other.stderr) && exit == other.exit;
    }
}
