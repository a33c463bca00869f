package io.kuajing.customs;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement on a bonded account book: goods entered (ENTRY), released to a buyer (RELEASE), put back after a
 * cancelled release (CANCEL) or a return (RETURN), with the entry list or order it came from. {@code id} is the
 * order in which the book recorded them (times can be equal).
 */
public record BookEntry(long id, String emsNo, String itemNo, String kind, String reference, BigDecimal quantity,
                        Instant movedAt) {

    /** The quantity as it changed the stock: a release takes, every other movement adds. */
    public BigDecimal change() {
        return "RELEASE".equals(kind) ? quantity.negate() : quantity;
    }
}
