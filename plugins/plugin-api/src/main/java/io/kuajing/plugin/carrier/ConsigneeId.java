package io.kuajing.plugin.carrier;

import java.util.Objects;

/**
 * The consignee's identity document, which CBEC customs clearance needs on the waybill (buyerIdType 1 is the
 * resident ID card). Masked in {@code toString()}.
 */
public record ConsigneeId(Type type, String number, String name) {

    /** Document types with their customs code. */
    public enum Type {
        RESIDENT_ID_CARD("1"),
        PASSPORT("2"),
        OTHER("3");

        private final String customsCode;

        Type(String customsCode) {
            this.customsCode = customsCode;
        }

        public String customsCode() {
            return customsCode;
        }
    }

    public ConsigneeId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "ConsigneeId[" + type + " " + Masking.idNumber(number) + ", " + Masking.name(name) + "]";
    }
}
