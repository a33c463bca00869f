package io.kuajing.kernel;

/**
 * The customs regime (supervision code, 监管方式) goods cross the border under. The one owner of the mapping from a
 * {@link FulfilmentMode}: catalogue prices, checkout, declarations and carrier bookings all read {@link #of}.
 *
 * <p>0110 is general trade: the platform imports in bulk and pays full duties. 9610 and 1210/1239 are CBEC retail
 * import (财关税〔2016〕18号): per-person limits and the 70% tax relief apply, and the consumer is the taxpayer.
 * 1210 is online bonded import in pilot cities; 1239 is the same outside them (海关总署公告2016年第75号): no mode
 * maps to 1239, customs chooses it from the port of a bonded warehouse outside the pilot cities.
 */
public enum Regime {
    GENERAL_TRADE("0110"),
    CBEC_DIRECT_MAIL("9610"),
    CBEC_BONDED("1210"),
    CBEC_BONDED_NON_PILOT("1239");

    private final String code;

    Regime(String code) {
        this.code = code;
    }

    /** The regime a fulfilment mode's goods are declared under (in a pilot city, for bonded goods). */
    public static Regime of(FulfilmentMode mode) {
        return switch (mode) {
            case DIRECT_PURCHASE -> GENERAL_TRADE;
            case DIRECT_MAIL -> CBEC_DIRECT_MAIL;
            case FLASH_PURCHASE -> CBEC_BONDED;
        };
    }

    /** The four-digit supervision code declared as tradeMode. */
    public String code() {
        return code;
    }

    /**
     * CBEC retail import: limits, quota ledger, positive list and the three documents apply. The same answer as
     * {@link FulfilmentMode#isCrossBorder()} for the mode that maps here.
     */
    public boolean isCrossBorder() {
        return this != GENERAL_TRADE;
    }

    /** Goods come out of a bonded warehouse and are deducted from its account book. */
    public boolean isBonded() {
        return this == CBEC_BONDED || this == CBEC_BONDED_NON_PILOT;
    }

    public static Regime ofCode(String code) {
        for (Regime r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown customs regime code: " + code);
    }
}
