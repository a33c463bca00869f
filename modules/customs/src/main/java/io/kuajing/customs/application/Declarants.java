package io.kuajing.customs.application;

import io.kuajing.customs.Company;
import io.kuajing.kernel.Regime;

/**
 * Who declares an order to customs, as registered with customs ({@code kuajing.customs.parties}): the companies,
 * the port and the bonded account book follow from the regime and the warehouse. Customs' own: the selling side
 * hands over the order ({@link io.kuajing.customs.OrderToDeclare}) and {@link DeclarationDrafting} picks these.
 */
interface Declarants {

    /**
     * The parties of an order of {@code regime} shipped from {@code warehouse}.
     *
     * @throws io.kuajing.kernel.RuleViolation when a bonded warehouse has no registered port, book or operator
     */
    Declarant forOrder(Regime regime, String warehouse);

    /**
     * The e-commerce platform of the orders sold on a sales channel, as registered with customs.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code channel} / {@code channel-registered} when it has no registration
     */
    Company channelPlatform(String channel);

    /** The account book (emsNo) registered for a bonded warehouse, if any: what its goods leave under bond from. */
    java.util.Optional<String> bondedBookOf(String warehouse);

    /** The account books registered per bonded warehouse (warehouse code: emsNo). */
    java.util.Map<String, String> bondedBooks();

    /**
     * @param platform     the e-commerce platform (ebp), also the company whose single-window client transmits
     * @param seller       the e-commerce company (ebc)
     * @param payment      the payment company
     * @param broker       the declaring agent (agent, assure)
     * @param areaOperator the bonded-area warehouse operator, bonded only (else null)
     * @param emsNo        the bonded account book, bonded only (else null)
     */
    record Declarant(Company platform, Company seller, Company payment, Company broker, Company areaOperator,
                     String portCode, String emsNo, String transportMode) {
    }
}
