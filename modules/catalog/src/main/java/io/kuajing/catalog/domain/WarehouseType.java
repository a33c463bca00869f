package io.kuajing.catalog.domain;


/** Where stock sits relative to Chinese customs; it decides the one fulfilment mode that stock can serve. */
public enum WarehouseType {
    OVERSEAS(Mode.DIRECT_MAIL),
    BONDED(Mode.FLASH_PURCHASE),
    DOMESTIC(Mode.DIRECT_PURCHASE);

    private final Mode serves;

    WarehouseType(Mode serves) {
        this.serves = serves;
    }

    public Mode serves() {
        return serves;
    }
}
