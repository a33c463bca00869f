package io.kuajing.customs.domain.declaration;

/** Where a declaration stands with customs. */
public enum DeclarationStatus {
    /** Its messages failed customs' schema before leaving: nothing was sent; the reason says what (operators). */
    PARKED,
    /** The four documents were sent; no verdict yet. */
    DECLARED,
    /** The inventory list passed customs' checks (120). */
    ACCEPTED,
    /** Customs inspects the goods (500 查验); released, detained or shipped back next. */
    INSPECTION,
    /** Customs detained the goods (501-503, 599 扣留: moved to clearance, anti-smuggling, legal, other). */
    DETAINED,
    /** A document was rejected (100 or an error code): the reason says why. */
    REJECTED,
    /** Customs ordered the goods shipped back abroad (700 退运). */
    SHIPPED_BACK,
    /** Customs released the goods (800): quota confirmed, bonded stock deducted, return window opens. */
    RELEASED,
    /** The declaration is closed (899). */
    CLEARED,
    /** Customs approved the cancellation (CEB624). */
    CANCELLED,
    /** Customs approved the return (CEB626). */
    RETURNED;

    /** Sent and not yet released, rejected or closed: a verdict may still come. */
    public boolean isBeforeRelease() {
        return this == DECLARED || this == ACCEPTED || this == INSPECTION || this == DETAINED;
    }
}
