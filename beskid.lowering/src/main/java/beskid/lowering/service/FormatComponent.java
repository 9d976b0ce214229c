package beskid.lowering.service;

import beskid.lowering.api.SourceUnit;
import beskid.lowering.format.Formatter;
import beskid.lowering.format.api.FormatResult;
import beskid.lowering.format.api.FormatService;
import beskid.lowering.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;

/** The formatter as a service; a plain object too ({@code new FormatComponent()} works outside OSGi). */
@Component(service = FormatService.class)
public final class FormatComponent implements FormatService {
    @Override
    public FormatResult format(SourceUnit source) {
        return result(source, Formatter.format(decode(source)));
    }

    @Override
    public FormatResult formatRange(SourceUnit source, int firstLine, int lastLine) {
        return result(source, Formatter.formatRange(decode(source), firstLine, lastLine));
    }

    private static SourceText decode(SourceUnit source) {
        return SourceText.decode(source.path(), source.content());
    }

    private static FormatResult result(SourceUnit source, Formatter.Formatted formatted) {
        if (formatted.text() == null) {
            return new FormatResult(null, false, formatted.diagnostics());
        }
        boolean changed = !Arrays.equals(formatted.text().getBytes(StandardCharsets.UTF_8), source.content());
        return new FormatResult(formatted.text(), changed, formatted.diagnostics());
    }
}
