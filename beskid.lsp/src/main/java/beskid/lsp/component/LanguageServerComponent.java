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
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The language server endpoint. Every reference is dynamic and optional: the server comes up
 * without lowering and stays up while the lowering bundle or the JIT backend is stopped,
 * updated or replaced; each session is told, and resumes by itself when they return.
 */
@Component(
        service = LanguageServerEndpoint.class,
        immediate = true,
        configurationPid = LanguageServerEndpoint.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class LanguageServerComponent implements LanguageServerEndpoint, Services {
    private volatile AnalysisService analysis;
    private volatile FormatService formatter;
    private volatile RunBackend jit;
    private final Sessions sessions = new Sessions(this);
    private BundleContext context;
    /** The port asked for, as configured (guarded by this). */
    private String socketPort;

    private volatile LoopbackServer socket;

    @Activate
    void activate(BundleContext context, Map<String, Object> configuration) {
        this.context = context;
        configure(configuration);
    }

    /** A new configuration moves the socket; sessions over stdio and other sockets go on. */
    @Modified
    void modified(Map<String, Object> configuration) {
        configure(configuration);
    }

    @Deactivate
    synchronized void deactivate() {
        closeSocket();
    }

    /** The port: the configuration's, else the framework property; unset means no socket. */
    private synchronized void configure(Map<String, Object> configuration) {
        Object configured = configuration.get(PORT_KEY);
        String port = configured != null ? configured.toString() : context.getProperty(PORT_PROPERTY);
        if (port != null && port.isBlank()) {
            port = null;
        }
        if (Objects.equals(port, socketPort) && (port == null || socket != null)) {
            return;
        }
        closeSocket();
        socketPort = port;
        if (port == null) {
            return;
        }
        // A bad port costs the socket, never the endpoint: stdio sessions keep working.
        try {
            socket = LoopbackServer.start(Integer.parseInt(port.trim()), sessions);
        } catch (NumberFormatException e) {
            System.err.println("beskid.lsp: port " + port + " is not a port number; no socket served");
        } catch (IOException e) {
            System.err.println("beskid.lsp: cannot serve 127.0.0.1:" + port.trim() + ": " + e.getMessage());
        }
    }

    private void closeSocket() {
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
