package io.kuajing.export.domain;

import io.kuajing.kernel.RuleViolation;

/**
 * How an export order leaves China, by customs' supervision code (监管方式): 9610 a parcel per order from a Chinese
 * export hub straight to the buyer, declared per order (order, waybill, inventory list); 9810 goods that went
 * abroad in bulk to an overseas fulfilment warehouse earlier, so the order itself crosses no Chinese border.
 */
public enum ExportMode {
    DIRECT_9610("9610"),
    WAREHOUSE_9810("9810");

    private final String code;

    ExportMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether each order is declared to Chinese customs on its own (9610), rather than the bulk shipment (9810). */
    public boolean declaredPerOrder() {
        return this == DIRECT_9610;
    }

    public static ExportMode ofCode(String code, String field) {
        for (ExportMode m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new RuleViolation(field, "export-mode", "the export mode is 9610 (direct parcel) or 9810 (overseas warehouse)");
    }
}
