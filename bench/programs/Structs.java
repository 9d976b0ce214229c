// Twin of structs.bd.
public final class Structs {
    static final class Point {
        long x;
        long y;

        Point(long x, long y) {
            this.x = x;
            this.y = y;
        }

        long dot(Point o) {
            return x * o.x + y * o.y;
        }
    }

    public static void main(String[] args) {
        Point[] ring = new Point[64];
        for (int k = 0; k < 64; k++) {
            ring[k] = new Point(k, 1);
        }
        long acc = 0;
        for (int i = 0; i < 20000000; i++) {
            Point p = new Point(i, i % 13);
            acc += p.dot(ring[i % 64]) % 1000;
            ring[i % 64] = p;
        }
        System.out.println(acc);
    }
}
