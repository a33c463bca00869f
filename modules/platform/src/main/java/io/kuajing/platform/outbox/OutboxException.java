package io.kuajing.platform.outbox;

/** The outbox could not read or write its table. */
class OutboxException extends RuntimeException {

    OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
