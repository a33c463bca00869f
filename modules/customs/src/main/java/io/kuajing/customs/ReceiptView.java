package io.kuajing.customs;

import java.time.Instant;

/** A receipt as customs sent it: message type (CEB312 ...), status code and customs' text. */
public record ReceiptView(String messageType, String meaning, int status, String info, Instant time) {
}
