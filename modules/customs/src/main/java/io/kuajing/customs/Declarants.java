package io.kuajing.customs;

import io.kuajing.kernel.Regime;

/**
 * Who declares an order to customs, as registered with customs ({@code kuajing.customs.parties}): customs decides
 * the companies, the port and the bonded account book, the caller only says the regime and the warehouse.
 */
public interface Declarants {

    /**
     * The parties of an order of {@code regime} shipped from {@code warehouse}.
     *
     * @throws io.kuajing.kernel.RuleViolation when a bonded warehouse has no registered port, book or operator
     */
    Declarant forOrder(Regime regime, String warehouse);

    /** The account book (emsNo) registered for a bonded warehouse, if any: what its goods leave under bond from. */
    java.util.Optional<String> bondedBookOf(String warehouse);

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
