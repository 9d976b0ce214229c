package beskid.runtime.execution;

import beskid.abi.PanicCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns whatever ended a run abnormally into the language's panic message and the source
 * position of the innermost frame of the program's own code (Std frames skipped).
 */
final class PanicReport {
    /** Binary names of classes lowered from the standard library start with this. */
    private static final String STD_PREFIX = "Std.";

    private PanicReport() {}

    /** The panic message for a throwable that escaped main, or null if it is not a program failure. */
    static String message(Throwable failure) {
        if (failure instanceof BeskidPanic) {
            return failure.getMessage();
        }
        if (failure instanceof ArithmeticException) {
            return PanicCode.DIVISION_BY_ZERO.message();
        }
        if (failure instanceof StackOverflowError) {
            return PanicCode.STACK_OVERFLOW.message();
        }
        if (failure instanceof OutOfMemoryError) {
            return PanicCode.OUT_OF_MEMORY.message();
        }
        return null;
    }

    /**
     * {@code File.bd:LINE} of the innermost frame in program source, or null. For a stack
     * overflow the innermost frame is wherever the stack happened to run out, which depends on
     * how large each frame was (interpreted or compiled, C1 or C2), so it differs between runs
     * and backends; the recursion itself does not. So a stack overflow reports the recursive
     * call: of the program frames that repeat in the overflowing stack, the first in the source.
     */
    static String location(Throwable failure) {
        List<StackTraceElement> frames = programFrames(failure);
        if (frames.isEmpty()) {
            return null;
        }
        if (failure instanceof StackOverflowError) {
            String recursion = recursiveCall(frames);
            if (recursion != null) {
                return recursion;
            }
        }
        return position(frames.get(0));
    }

    private static List<StackTraceElement> programFrames(Throwable failure) {
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement frame : failure.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null
                    && file.endsWith(".bd")
                    && frame.getLineNumber() > 0
                    && !frame.getClassName().startsWith(STD_PREFIX)) {
                frames.add(frame);
            }
        }
        return frames;
    }

    /** Of the frames (method and line) seen more than once, the one first in file and line order. */
    private static String recursiveCall(List<StackTraceElement> frames) {
        Map<String, Integer> seen = new HashMap<>();
        StackTraceElement first = null;
        for (StackTraceElement frame : frames) {
            String key = frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            if (seen.merge(key, 1, Integer::sum) == 2 && (first == null || SOURCE_ORDER.compare(frame, first) < 0)) {
                first = frame;
            }
        }
        return first == null ? null : position(first);
    }

    private static final Comparator<StackTraceElement> SOURCE_ORDER =
            Comparator.comparing(StackTraceElement::getFileName).thenComparingInt(StackTraceElement::getLineNumber);

    private static String position(StackTraceElement frame) {
        return frame.getFileName() + ":" + frame.getLineNumber();
    }

    /** A failure in one line: the first line of its description. */
    static String firstLine(Throwable failure) {
        String text = String.valueOf(failure);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
