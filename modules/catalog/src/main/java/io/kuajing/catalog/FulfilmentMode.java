package io.kuajing.catalog;

/**
 * How an overseas product reaches a Chinese consumer (DOMAIN.md, "The three ways"), decided by where its stock
 * sits and whether its HS code is on the CBEC positive list.
 */
public enum FulfilmentMode {
    /** 直采: imported in bulk under general trade (0110), sold from a domestic warehouse; taxes inside the price. */
    DIRECT_PURCHASE,
    /** 直邮: CBEC direct-purchase import (9610) from an overseas warehouse; goods + freight + CBEC tax. */
    DIRECT_MAIL,
    /** 闪购: CBEC online bonded import (1210) from a bonded warehouse in China; goods + freight + CBEC tax. */
    FLASH_PURCHASE
}
