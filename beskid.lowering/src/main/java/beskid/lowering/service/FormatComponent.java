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
        SourceText text = SourceText.decode(source.path(), source.content());
        Formatter.Formatted formatted = Formatter.format(text);
        if (formatted.text() == null) {
            return new FormatResult(null, false, formatted.diagnostics());
        }
        boolean changed = !Arrays.equals(formatted.text().getBytes(StandardCharsets.UTF_8), source.content());
        return new FormatResult(formatted.text(), changed, formatted.diagnostics());
    }
}
