package io.kuajing.logistics.domain;

import io.kuajing.kernel.FulfilmentMode;

/** The customs regime a fulfilment mode moves under, with its supervision code. */
public enum Regime {
    GENERAL_TRADE("0110"),
    CBEC_DIRECT_MAIL("9610"),
    CBEC_BONDED("1210");

    private final String supervisionCode;

    Regime(String supervisionCode) {
        this.supervisionCode = supervisionCode;
    }

    public String supervisionCode() {
        return supervisionCode;
    }

    public static Regime of(FulfilmentMode mode) {
        return switch (mode) {
            case DIRECT_PURCHASE -> GENERAL_TRADE;
            case DIRECT_MAIL -> CBEC_DIRECT_MAIL;
            case FLASH_PURCHASE -> CBEC_BONDED;
        };
    }
}
