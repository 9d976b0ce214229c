package beskid.lsp.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-file program on disk: main.bd loads the module geo.bd. Line numbers are 0-based, as in LSP. */
final class Project {
    static final String MAIN = String.join(
            "\n",
            "use Std.System.IO;", // 0
            "use geo.Rect;", // 1
            "use geo.area;", // 2
            "",
            "pub mod geo;", // 4
            "",
            "/// The program's entry.", // 6
            "i32 main()", // 7
            "{",
            "    let r = Rect { w: 3, h: 4 };", // 9
            "    let a = area(r);", // 10
            "    IO.Println(\"${a}\");", // 11
            "    return 0;", // 12
            "}",
            "");
    static final String GEO = String.join(
            "\n",
            "/// A rectangle.", // 0
            "pub type Rect { i32 w, i32 h }", // 1
            "",
            "/// Its area.", // 3
            "pub i32 area(Rect r)", // 4
            "{",
            "    return r.w * r.h;", // 6
            "}",
            "");

    final Path root;
    final String main;
    final String geo;

    Project(Path root) throws IOException {
        this.root = root;
        Files.writeString(root.resolve("main.bd"), MAIN);
        Files.writeString(root.resolve("geo.bd"), GEO);
        main = root.resolve("main.bd").toUri().toString();
        geo = root.resolve("geo.bd").toUri().toString();
    }
}
