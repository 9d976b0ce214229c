// Twin of loops.bd.
public final class Loops {
    public static void main(String[] args) {
        long acc = 0;
        for (int i = 0; i < 20000; i++) {
            for (int j = 0; j < 20000; j++) {
                acc += (i * j + j) % 7;
            }
        }
        System.out.println(acc);
    }
}
