package io.kuajing.plugin.carrier;

import java.util.Objects;

/**
 * A carrier operation that failed, typed so the host can react without reading text: retry later, fall back to
 * another carrier, or ask the consumer to fix the input. Messages must never contain secrets or unmasked personal
 * data; {@code carrierCode} keeps the carrier's own error code for support.
 */
public class CarrierError extends RuntimeException {

    /** What went wrong, and whether trying again (here or with another carrier) can help. */
    public enum Kind {
        /** The request breaks a carrier rule; {@link #field()} names the field when known. */
        INVALID_REQUEST(false),
        ADDRESS_REJECTED(false),
        LANE_NOT_SERVED(false),
        /** The carrier refuses the goods (prohibited, over limits). */
        GOODS_REFUSED(false),
        /** Credentials refused: an operator must fix the plugin settings. */
        AUTHENTICATION(false),
        NOT_FOUND(false),
        /** The shipment can no longer be cancelled (already picked up). */
        TOO_LATE(false),
        RATE_LIMITED(true),
        SERVICE_UNAVAILABLE(true),
        TIMEOUT(true),
        /** The carrier answered something the plugin cannot read. */
        MALFORMED_RESPONSE(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final String field;
    private final String carrierCode;

    public CarrierError(Kind kind, String message, String field, String carrierCode, Throwable cause) {
        super(kind + ": " + message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
        this.carrierCode = carrierCode;
    }

    public CarrierError(Kind kind, String message) {
        this(kind, message, null, null, null);
    }

    public static CarrierError of(Kind kind, String message, String carrierCode) {
        return new CarrierError(kind, message, null, carrierCode, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The canonical request field at fault (e.g. {@code shipTo.phone}), or null. */
    public String field() {
        return field;
    }

    /** The carrier's own error code, or null. */
    public String carrierCode() {
        return carrierCode;
    }

    public boolean retryable() {
        return kind.retryable();
    }

    /** The usual mapping of an HTTP status without a readable body. */
    public static Kind kindOfHttpStatus(int status) {
        if (status == 401 || status == 403) {
            return Kind.AUTHENTICATION;
        }
        if (status == 404) {
            return Kind.NOT_FOUND;
        }
        if (status == 408 || status == 504) {
            return Kind.TIMEOUT;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status >= 500) {
            return Kind.SERVICE_UNAVAILABLE;
        }
        return Kind.INVALID_REQUEST;
    }
}
