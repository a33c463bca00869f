package io.kuajing.logistics.domain;

/**
 * A carrier call that did not work: timed out, circuit open, carrier down, or refused the request. {@code retryable}
 * says whether another attempt (here or with the next carrier) may succeed; {@code kind} is the canonical error kind.
 */
public class CarrierFailure extends RuntimeException {

    private final String carrierId;
    private final String kind;
    private final boolean retryable;
    private final String field;

    public CarrierFailure(String carrierId, String kind, boolean retryable, String field, String message) {
        super(carrierId + ": " + message);
        this.carrierId = carrierId;
        this.kind = kind;
        this.retryable = retryable;
        this.field = field;
    }

    public String carrierId() {
        return carrierId;
    }

    public String kind() {
        return kind;
    }

    public boolean retryable() {
        return retryable;
    }

    public String field() {
        return field;
    }
}
