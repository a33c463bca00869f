package io.kuajing.app.plugins;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.kuajing.plugin.HttpTransport;

/** The HTTP transport lent to plugins: the JDK client, with the host's ceiling on every call's timeout. */
final class JdkHttpTransport implements HttpTransport {

    private final HttpClient client;
    private final Duration ceiling;

    JdkHttpTransport(Duration ceiling) {
        this.ceiling = ceiling;
        this.client = HttpClient.newBuilder().connectTimeout(ceiling).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Response send(Request request) throws IOException {
        Duration timeout = request.timeout().compareTo(ceiling) < 0 ? request.timeout() : ceiling;
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout)
                .method(request.method(), request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted calling " + request.uri());
        }
    }

}
