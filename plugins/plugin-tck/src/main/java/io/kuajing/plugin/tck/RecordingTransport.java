package io.kuajing.plugin.tck;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.plugin.HttpTransport;

/** A transport that records every request a plugin sends and answers from a delegate (a fixture or a simulator). */
public final class RecordingTransport implements HttpTransport {

    private final HttpTransport delegate;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public RecordingTransport(HttpTransport delegate) {
        this.delegate = delegate;
    }

    /** Answers every request with the same response. */
    public static RecordingTransport replaying(Response response) {
        return new RecordingTransport(request -> response);
    }

    /** Fails every request as if the network were gone; for proving that loading makes no call. */
    public static RecordingTransport offline() {
        return new RecordingTransport(request -> {
            throw new IOException("the TCK forbids network access here");
        });
    }

    @Override
    public Response send(Request request) throws IOException {
        requests.add(request);
        return delegate.send(request);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request to the carrier, saw " + requests.size());
        }
        return requests.get(0);
    }
}
