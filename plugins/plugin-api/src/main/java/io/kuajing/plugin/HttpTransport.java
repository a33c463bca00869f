package io.kuajing.plugin;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The only way a plugin talks to its remote service. The host applies timeouts and circuit breaking around it
 * and records calls; the plugin TCK replays fixture responses through it.
 */
@FunctionalInterface
public interface HttpTransport {

    Response send(Request request) throws IOException;

    /** An HTTP request; {@code timeout} is the plugin's wish, the host may shorten it. */
    record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {

        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            headers = Map.copyOf(headers == null ? Map.of() : headers);
            body = body == null ? new byte[0] : body.clone();
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        public static Request get(URI uri) {
            return new Request("GET", uri, Map.of(), null, null);
        }

        public static Request post(URI uri, String contentType, byte[] body) {
            return new Request("POST", uri, Map.of("Content-Type", List.of(contentType)), body, null);
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** An HTTP response. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public Response {
            headers = Map.copyOf(headers == null ? Map.of() : headers);
            body = body == null ? new byte[0] : body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }
}
