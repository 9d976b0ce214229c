package beskid.lsp.component;

import beskid.lowering.analysis.api.AnalysisService;
import beskid.lowering.api.RunBackend;
import beskid.lowering.format.api.FormatService;
import beskid.lsp.api.LanguageServerEndpoint;
import beskid.lsp.server.Services;
import beskid.lsp.server.Sessions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalInt;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The language server endpoint. Every reference is dynamic and optional: the server comes up
 * without lowering and stays up while the lowering bundle or the JIT backend is stopped,
 * updated or replaced; each session is told, and resumes by itself when they return.
 */
@Component(service = LanguageServerEndpoint.class, immediate = true)
public final class LanguageServerComponent implements LanguageServerEndpoint, Services {
    private volatile AnalysisService analysis;
    private volatile FormatService formatter;
    private volatile RunBackend jit;
    private final Sessions sessions = new Sessions(this);
    private LoopbackServer socket;

    @Activate
    void activate(BundleContext context) {
        String port = context.getProperty(PORT_PROPERTY);
        if (port == null || port.isBlank()) {
            return;
        }
        // A bad port costs the socket, never the endpoint: stdio sessions keep working.
        try {
            socket = LoopbackServer.start(Integer.parseInt(port.trim()), sessions);
        } catch (NumberFormatException e) {
            System.err.println("beskid.lsp: " + PORT_PROPERTY + "=" + port + " is not a port number; no socket served");
        } catch (IOException e) {
            System.err.println("beskid.lsp: cannot serve 127.0.0.1:" + port.trim() + ": " + e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAnalysis(AnalysisService service) {
        analysis = service;
        sessions.servicesChanged();
    }

    void unbindAnalysis(AnalysisService service) {
        if (analysis == service) {
            analysis = null;
            sessions.servicesChanged();
        }
    }

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindFormatter(FormatService service) {
        formatter = service;
    }

    void unbindFormatter(FormatService service) {
        if (formatter == service) {
            formatter = null;
        }
    }

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + RunBackend.BACKEND_PROPERTY + "=jit)")
    void bindJit(RunBackend backend) {
        jit = backend;
    }

    void unbindJit(RunBackend backend) {
        if (jit == backend) {
            jit = null;
        }
    }

    @Override
    public int serve(InputStream in, OutputStream out) throws InterruptedException {
        return sessions.serve(in, out);
    }

    @Override
    public OptionalInt port() {
        LoopbackServer s = socket;
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.port());
    }

    @Override
    public AnalysisService analysis() {
        return analysis;
    }

    @Override
    public FormatService formatter() {
        return formatter;
    }

    @Override
    public RunBackend jit() {
        return jit;
    }
}
