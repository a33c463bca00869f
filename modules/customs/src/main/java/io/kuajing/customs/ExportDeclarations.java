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
}
