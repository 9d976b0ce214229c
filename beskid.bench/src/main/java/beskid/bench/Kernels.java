package beskid.bench;

import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The warm kernels: each a Beskid program whose {@code main} returns a checksum, and its Java
 * twin doing the same work, a static {@code int main()} here. They are the whole-process
 * programs of {@code bench/programs}, smaller, so that one call takes milliseconds.
 */
final class Kernels {
    private Kernels() {}

    /** Beskid source per kernel name. */
    static final Map<String, String> BESKID =
            Map.of("recursion", """
            i64 fib(i64 n) {
                if n < 2 {
                    return n;
                }
                return fib(n - 1) + fib(n - 2);
            }
            i32 main() {
                return fib(27);
            }
            """, "loops", """
            i32 main() {
                i64 mut acc = 0;
                for i in range(0, 2000) {
                    for j in range(0, 2000) {
                        acc += (i * j + j) % 7;
                    }
                }
                return acc;
            }
            """, "structs", """
            use Std.Collections.Array;
            type Point { i64 x, i64 y }
            impl Point {
                i64 Dot(Point o) {
                    return this.x * o.x + this.y * o.y;
                }
            }
            i32 main() {
                Point[] ring = Array.New(64);
                for k in range(0, 64) {
                    Array.Set(ring, k, Point { x: k, y: 1 });
                }
                i64 mut acc = 0;
                for i in range(0, 1000000) {
                    Point p = Point { x: i, y: i % 13 };
                    acc += p.Dot(Array.Get(ring, i % 64)) % 1000;
                    Array.Set(ring, i % 64, p);
                }
                return acc;
            }
            """, "closures", """
            i64 apply((i64) => i64 f, i64 x) {
                return f(x);
            }
            i32 main() {
                i64 mut acc = 0;
                for i in range(0, 3000000) {
                    i64 k = i % 5;
                    acc += apply((i64 x) => x * 3 + k, i) % 11;
                }
                return acc;
            }
            """, "dispatch", """
            contract Shape { i64 Perimeter(i64 scale); }
            type Circle : Shape { i64 r }
            type Square : Shape { i64 side }
            impl Circle {
                i64 Perimeter(i64 scale) { return 6 * this.r * scale; }
            }
            impl Square {
                i64 Perimeter(i64 scale) { return 4 * this.side + scale; }
            }
            i64 measure(Shape s, i64 scale) {
                return s.Perimeter(scale);
            }
            i32 main() {
                Circle c = Circle { r: 3 };
                Square q = Square { side: 5 };
                i64 mut acc = 0;
                for i in range(0, 3000000) {
                    acc += measure(c, i % 10) + measure(q, i % 3);
                }
                return acc;
            }
            """, "strings", """
            use Std.Core.String;
            i32 main() {
                i64 mut total = 0;
                for i in range(0, 100000) {
                    string item = "item ${i}: ${i * 2}";
                    string line = String.Concat(item, ";");
                    total += String.Len(line);
                }
                return total;
            }
            """);

    /** Twin of the {@code recursion} kernel. */
    static final class Recursion {
        static long fib(long n) {
            if (n < 2) {
                return n;
            }
            return fib(n - 1) + fib(n - 2);
        }

        static int main() {
            return (int) fib(27);
        }
    }

    /** Twin of the {@code loops} kernel. */
    static final class Loops {
        static int main() {
            long acc = 0;
            for (int i = 0; i < 2000; i++) {
                for (int j = 0; j < 2000; j++) {
                    acc += (i * j + j) % 7;
                }
            }
            return (int) acc;
        }
    }

    /** Twin of the {@code structs} kernel. */
    static final class Structs {
        static final class Point {
            final long x;
            final long y;

            Point(long x, long y) {
                this.x = x;
                this.y = y;
            }

            long dot(Point o) {
                return x * o.x + y * o.y;
            }
        }

        static int main() {
            Point[] ring = new Point[64];
            for (int k = 0; k < 64; k++) {
                ring[k] = new Point(k, 1);
            }
            long acc = 0;
            for (int i = 0; i < 1000000; i++) {
                Point p = new Point(i, i % 13);
                acc += p.dot(ring[i % 64]) % 1000;
                ring[i % 64] = p;
            }
            return (int) acc;
        }
    }

    /** Twin of the {@code closures} kernel. */
    static final class Closures {
        static long apply(LongUnaryOperator f, long x) {
            return f.applyAsLong(x);
        }

        static int main() {
            long acc = 0;
            for (int i = 0; i < 3000000; i++) {
                long k = i % 5;
                acc += apply(x -> x * 3 + k, i) % 11;
            }
            return (int) acc;
        }
    }

    /** Twin of the {@code dispatch} kernel. */
    static final class Dispatch {
        interface Shape {
            long perimeter(long scale);
        }

        static final class Circle implements Shape {
            final long r;

            Circle(long r) {
                this.r = r;
            }

            @Override
            public long perimeter(long scale) {
                return 6 * r * scale;
            }
        }

        static final class Square implements Shape {
            final long side;

            Square(long side) {
                this.side = side;
            }

            @Override
            public long perimeter(long scale) {
                return 4 * side + scale;
            }
        }

        static long measure(Shape s, long scale) {
            return s.perimeter(scale);
        }

        static int main() {
            Shape c = new Circle(3);
            Shape q = new Square(5);
            long acc = 0;
            for (int i = 0; i < 3000000; i++) {
                acc += measure(c, i % 10) + measure(q, i % 3);
            }
            return (int) acc;
        }
    }

    /** Twin of the {@code strings} kernel (ASCII text: a length in chars is one in bytes). */
    static final class Strings {
        static int main() {
            long total = 0;
            for (int i = 0; i < 100000; i++) {
                String item = "item " + i + ": " + (i * 2L);
                String line = item.concat(";");
                total += line.length();
            }
            return (int) total;
        }
    }

    /** The twin class of a kernel name. */
    static Class<?> twin(String kernel) {
        switch (kernel) {
            case "recursion":
                return Recursion.class;
            case "loops":
                return Loops.class;
            case "structs":
                return Structs.class;
            case "closures":
                return Closures.class;
            case "dispatch":
                return Dispatch.class;
            case "strings":
                return Strings.class;
            default:
                throw new IllegalArgumentException("no kernel " + kernel);
        }
    }
}
