// Twin of strings.bd: the strings are ASCII, so a length in chars is the length in bytes.
public final class Strings {
    public static void main(String[] args) {
        long total = 0;
        String line = "";
        for (int i = 0; i < 5000000; i++) {
            String item = "item " + i + ": " + (i * 2L);
            line = item.concat(";");
            total += line.length();
        }
        System.out.println(total + " " + line);
    }
}
