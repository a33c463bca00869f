package io.kuajing.logistics;

/** How an overseas product reaches the consumer, which decides route, customs regime and promise. */
public enum FulfilmentMode {
    /** 直采: domestic warehouse, general trade (0110), 1-3 days. */
    DIRECT_PURCHASE,
    /** 直邮: overseas warehouse, air, port clearance under 9610, last mile; 6-8 working days. */
    DIRECT_MAIL,
    /** 闪购: bonded warehouse in China, released under 1210, last mile; about 3 days. */
    FLASH_PURCHASE
}
