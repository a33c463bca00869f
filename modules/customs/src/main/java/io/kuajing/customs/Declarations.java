package io.kuajing.customs;

import java.util.List;
import java.util.Optional;

/**
 * Declaring CBEC orders to customs: the three documents and the inventory list, then cancellations and returns.
 * Each order is declared once; asking again answers the existing declaration.
 */
public interface Declarations {

    /**
     * Checks the matching rules (三单比对), signs and sends CEB311, 411, 511 and 621, and publishes
     * {@link DeclarationSubmitted}.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the first field that breaks a rule; nothing is sent then
     */
    DeclarationView declare(DeclarationRequest request);

    /**
     * Declares a paid order from the seller's facts: customs picks its registered parties, port, account book and
     * transport mode for the order's mode and warehouse, builds the CEB field values, and declares as
     * {@link #declare(DeclarationRequest)} does.
     *
     * @throws io.kuajing.kernel.RuleViolation as {@link #declare(DeclarationRequest)}, or when a bonded warehouse has
     *                                         no registered port, book or operator
     */
    DeclarationView declare(OrderToDeclare order);

    /** Sends CEB623 for a declaration customs has not cleared; the buyer must be the declared buyer. */
    DeclarationView cancel(CancelRequest request);

    /** Sends CEB625 for released goods, all or some lines (海关总署公告2020年第45号). */
    DeclarationView requestReturn(ReturnRequest request);

    Optional<DeclarationView> status(String orderNo);

    /** The receipts customs sent for the order, oldest first. */
    List<ReceiptView> receipts(String orderNo);

    /** The signed messages sent (or kept back) for the order, oldest first, with personal data masked. */
    List<SentMessageView> messages(String orderNo);
}
