package beskid.lsp.server;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** The errors a request answers with when a service it needs is not there (or failed). */
final class Unavailable {
    static final String LOWERING = "Beskid lowering is not available";
    static final String FORMATTER = "the Beskid formatter is not available (the lowering bundle is not running)";
    static final String JIT = "the Beskid JIT backend is not available";

    private Unavailable() {}

    static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
    }

    static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
