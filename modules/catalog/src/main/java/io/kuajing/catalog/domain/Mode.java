package io.kuajing.catalog.domain;

import io.kuajing.kernel.FulfilmentMode;

/**
 * The domain's fulfilment modes (DOMAIN.md, "The three ways"), what the catalogue's rules and secondary ports speak;
 * published to other modules as {@link io.kuajing.kernel.FulfilmentMode} of the same names.
 */
public enum Mode {
    /** 直采: general trade (0110), domestic warehouse. */
    DIRECT_PURCHASE,
    /** 直邮: CBEC direct-purchase import (9610), overseas warehouse. */
    DIRECT_MAIL,
    /** 闪购: CBEC online bonded import (1210), bonded warehouse. */
    FLASH_PURCHASE
}
