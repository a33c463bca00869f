package io.kuajing.export.domain;

import io.kuajing.kernel.RuleViolation;

/**
 * How a consignment travels to the overseas warehouse, which decides the document its waybill number is: a shipping
 * line's bill of lading (提单) by sea, an airline's air waybill (航空主运单) by air.
 */
public enum Transport {

    /** Bill of lading: the line's four-letter SCAC (e.g. COSU, MAEU) and 6-16 letters or digits of its own. */
    SEA,
    /**
     * Air waybill (IATA Resolution 600a): the airline's 3-digit prefix and an 8-digit serial whose last digit is the
     * first seven modulo 7, written with or without the dash (784-12345675).
     */
    AIR;

    public static Transport of(String value) {
        for (Transport t : values()) {
            if (t.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return t;
            }
        }
        throw new RuleViolation("transport", "transport", "the transport is SEA (bill of lading) or AIR (air waybill)");
    }

    /** The waybill number as kept and declared (an air waybill without its dash), or refused naming the rule. */
    public String waybillNumber(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (this == SEA && v.matches("[A-Z]{4}[A-Z0-9]{6,16}")) {
            return v;
        }
        if (this == AIR && v.matches("[0-9]{3}-?[0-9]{8}")) {
            String digits = v.replace("-", "");
            long serial = Long.parseLong(digits.substring(3, 10));
            if (serial % 7 == digits.charAt(10) - '0') {
                return digits;
            }
            throw new RuleViolation("waybillNo", "awb-check-digit", "the air waybill's last digit is its first seven "
                    + "serial digits modulo 7 (" + serial % 7 + ")");
        }
        throw new RuleViolation("waybillNo", "waybill-number", this == SEA
                ? "a bill of lading number is the line's 4-letter SCAC and 6-16 letters or digits, e.g. COSU6301234560"
                : "an air waybill number is the airline's 3-digit prefix and 8 digits, e.g. 784-12345675");
    }
}
