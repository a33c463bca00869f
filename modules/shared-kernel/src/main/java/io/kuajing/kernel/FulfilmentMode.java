package io.kuajing.kernel;

/**
 * How an overseas product reaches a Chinese consumer (DOMAIN.md, "The three ways"). Every module speaks of it:
 * the catalogue offers modes, checkout picks one, customs declares under its regime, logistics routes by it.
 */
public enum FulfilmentMode {
    /** 直采: imported in bulk under general trade (0110), sold from a domestic warehouse; taxes inside the price; 1-3 days. */
    DIRECT_PURCHASE,
    /** 直邮: CBEC direct-purchase import (9610) from an overseas warehouse, flown in and cleared at a port; 6-8 working days. */
    DIRECT_MAIL,
    /** 闪购: CBEC online bonded import (1210) from a bonded warehouse in China; about 3 days. */
    FLASH_PURCHASE;

    /** Cross-border retail import: declared to customs, taxed at CBEC rates, counted on the buyer's quota. */
    public boolean isCrossBorder() {
        return this != DIRECT_PURCHASE;
    }
}
