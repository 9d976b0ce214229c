package beskid.runtime.execution;

import beskid.abi.PanicCode;

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

    /** {@code File.bd:LINE} of the innermost frame in program source, or null. */
    static String location(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null
                    && file.endsWith(".bd")
                    && frame.getLineNumber() > 0
                    && !frame.getClassName().startsWith(STD_PREFIX)) {
                return file + ":" + frame.getLineNumber();
            }
        }
        return null;
    }

    /** A failure in one line: the first line of its description. */
    static String firstLine(Throwable failure) {
        String text = String.valueOf(failure);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
