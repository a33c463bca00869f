package io.kuajing.catalog.domain;

import io.kuajing.kernel.FulfilmentMode;


/** Where stock sits relative to Chinese customs; it decides the one fulfilment mode that stock can serve. */
public enum WarehouseType {
    OVERSEAS(FulfilmentMode.DIRECT_MAIL),
    BONDED(FulfilmentMode.FLASH_PURCHASE),
    DOMESTIC(FulfilmentMode.DIRECT_PURCHASE);

    private final FulfilmentMode serves;

    WarehouseType(FulfilmentMode serves) {
        this.serves = serves;
    }

    public FulfilmentMode serves() {
        return serves;
    }
}
