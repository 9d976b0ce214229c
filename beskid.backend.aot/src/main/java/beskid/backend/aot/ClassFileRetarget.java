package beskid.backend.aot;

/**
 * Sets the class-file version of lowered classes to the target's. Lowering emits Java 17
 * class files; later targets accept the same code, so only the header's major version
 * changes (packaging, not code generation).
 */
final class ClassFileRetarget {
    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileRetarget() {}

    static byte[] retarget(byte[] classFile, Target target) {
        if (classFile.length < 8 || readInt(classFile, 0) != MAGIC) {
            throw new IllegalArgumentException("not a class file");
        }
        int major = ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
        if (major > target.classFileMajor()) {
            throw new IllegalArgumentException("class file version " + major + " is newer than target " + target.id());
        }
        byte[] copy = classFile.clone();
        copy[4] = 0; // minor version
        copy[5] = 0;
        copy[6] = (byte) (target.classFileMajor() >> 8);
        copy[7] = (byte) target.classFileMajor();
        return copy;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
