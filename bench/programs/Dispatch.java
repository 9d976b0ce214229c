// Twin of dispatch.bd.
public final class Dispatch {
    interface Shape {
        long perimeter(long scale);
    }

    static final class Circle implements Shape {
        final long r;

        Circle(long r) {
            this.r = r;
        }

        public long perimeter(long scale) {
            return 6 * r * scale;
        }
    }

    static final class Square implements Shape {
        final long side;

        Square(long side) {
            this.side = side;
        }

        public long perimeter(long scale) {
            return 4 * side + scale;
        }
    }

    static long measure(Shape s, long scale) {
        return s.perimeter(scale);
    }

    public static void main(String[] args) {
        Shape c = new Circle(3);
        Shape q = new Square(5);
        long acc = 0;
        for (int i = 0; i < 150000000; i++) {
            acc += measure(c, i % 10) + measure(q, i % 3);
        }
        System.out.println(acc);
    }
}
