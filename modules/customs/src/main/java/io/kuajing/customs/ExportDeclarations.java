package io.kuajing.customs;

import java.util.Optional;

/**
 * Declaring exports by inventory list to customs (9610 parcels, 9810 consignments to overseas warehouses): CEB303 order, CEB505 waybill and CEB603 inventory list, signed and sent
 * to the single window after the declaration committed; customs' acceptance of the list is published as
 * {@link ExportDeclarationAccepted}, a refusal as {@link ExportDeclarationRejected}. Each order is declared once:
 * asking again answers the existing declaration.
 */
public interface ExportDeclarations {

    /**
     * Writes, signs and keeps the parcel's three messages and queues them for the single window, in that order.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the first field customs' schema would refuse; nothing is kept then
     */
    ExportDeclarationView declare(ExportDeclarationRequest request);

    Optional<ExportDeclarationView> status(String orderNo);

    /**
     * Withdraws the order's accepted inventory list (撤销申请单, CEB605): written, signed, checked and queued for the
     * single window; customs' answer (CEB606) is published as {@link ExportWithdrawalAnswered}.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-declaration} (none),
     *                                         {@code accepted-only} (its list is not accepted, or withdrawn),
     *                                         {@code withdrawal-pending}; {@code reason} / {@code ceb-export-field}
     */
    ExportDeclarationView withdraw(ExportWithdrawal withdrawal);

    /**
     * Tells customs the vendor received the buyer's payment for the order (收款单, CEB403): written, signed, checked and
     * queued for the single window once per order; asked again, nothing more is sent. Customs' answer (CEB404) is
     * published as {@link ExportPaymentReceiptAnswered}.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-declaration} (none),
     *                                         {@code accepted-only} (its list is not accepted, or withdrawn); a field
     *                                         customs' schema would refuse ({@code ceb-export-field})
     */
    ExportDeclarationView paymentReceived(ExportPaymentReceived payment);
}
