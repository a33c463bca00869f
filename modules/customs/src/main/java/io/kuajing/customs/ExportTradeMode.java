package io.kuajing.customs;

/**
 * The trade mode (贸易方式) an export is declared under, with the order type its CEB303 carries, as customs' 2022-05
 * export schema documents them (orderType: E 出口商品订单, B B2B出口订单; the order number is "电商平台订单编号/海外仓订仓单编号").
 */
public enum ExportTradeMode {

    /** 9610 跨境电子商务: one buyer's parcel, declared with the platform's retail order (E). */
    PARCEL_9610("9610", "E"),
    /**
     * 9810 跨境电商出口海外仓: the vendor's goods shipped in bulk to an overseas warehouse, declared with the warehouse
     * booking (海外仓订仓单) as a B2B export order (B), before any buyer bought them.
     */
    OVERSEAS_WAREHOUSE_9810("9810", "B");

    private final String code;
    private final String orderType;

    ExportTradeMode(String code, String orderType) {
        this.code = code;
        this.orderType = orderType;
    }

    /** The four digits of the inventory list's tradeMode. */
    public String code() {
        return code;
    }

    /** CEB303's orderType. */
    public String orderType() {
        return orderType;
    }
}
