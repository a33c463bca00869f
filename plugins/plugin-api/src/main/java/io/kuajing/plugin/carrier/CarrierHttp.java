package io.kuajing.plugin.carrier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;

import io.kuajing.plugin.HttpTransport;

/**
 * The one round trip every carrier plugin makes, with the failures typed the same way for all: a transport that
 * times out is {@link CarrierError.Kind#TIMEOUT}, one that cannot connect {@link CarrierError.Kind#SERVICE_UNAVAILABLE}.
 * Messages carry the exception type only, never its text, which may hold URLs with credentials.
 */
public final class CarrierHttp {

    private CarrierHttp() {
    }

    public static HttpTransport.Response exchange(HttpTransport transport, HttpTransport.Request request) {
        try {
            return transport.send(request);
        } catch (HttpTimeoutException | InterruptedIOException e) {
            throw new CarrierError(CarrierError.Kind.TIMEOUT, "carrier did not answer in time (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            boolean timeout = e.getMessage() != null && e.getMessage().contains("timed out");
            throw new CarrierError(timeout ? CarrierError.Kind.TIMEOUT : CarrierError.Kind.SERVICE_UNAVAILABLE,
                    "carrier unreachable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The answer could not be read: worth a retry, and the body is not echoed (it may hold personal data). */
    public static CarrierError malformed(String what, Exception cause) {
        return new CarrierError(CarrierError.Kind.MALFORMED_RESPONSE,
                what + " (" + (cause == null ? "unexpected content" : cause.getClass().getSimpleName()) + ")");
    }

    /** An error status whose body the plugin could not read as the carrier's error format. */
    public static CarrierError unexpectedStatus(int status) {
        return new CarrierError(CarrierError.kindOfHttpStatus(status), "carrier answered HTTP " + status);
    }
}
