// Twin of closures.bd.
import java.util.function.LongUnaryOperator;

public final class Closures {
    static long apply(LongUnaryOperator f, long x) {
        return f.applyAsLong(x);
    }

    public static void main(String[] args) {
        long acc = 0;
        for (int i = 0; i < 100000000; i++) {
            long k = i % 5;
            acc += apply(x -> x * 3 + k, i) % 11;
        }
        System.out.println(acc);
    }
}
