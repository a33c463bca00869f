package io.kuajing.customs.domain.declaration;

/** Where a declaration stands with customs. */
public enum DeclarationStatus {
    /** The four documents were sent; no verdict yet. */
    DECLARED,
    /** The inventory list passed customs' checks (120). */
    ACCEPTED,
    /** A document was rejected (100 or an error code): the reason says why. */
    REJECTED,
    /** Customs released the goods (800): quota confirmed, bonded stock deducted, return window opens. */
    RELEASED,
    /** The declaration is closed (899). */
    CLEARED,
    /** Customs approved the cancellation (CEB624). */
    CANCELLED,
    /** Customs approved the return (CEB626). */
    RETURNED
}
