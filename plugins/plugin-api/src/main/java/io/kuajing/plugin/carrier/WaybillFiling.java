package io.kuajing.plugin.carrier;

import java.util.Objects;

/**
 * What the carrier contributes to the CEB511 waybill message customs needs for a CBEC parcel: the carrier's
 * customs-registered logistics code and name, the waybill (logisticsNo), the master air waybill (billNo, when
 * consolidated), freight and insurance, gross weight, parcel count and a goods summary. The consignee fields
 * come from the order.
 */
public record WaybillFiling(String logisticsCode, String logisticsName, String logisticsNo, String billNo,
                            Amount freight, Amount insuredFee, Weight grossWeight, int packNo, String goodsInfo) {

    public WaybillFiling {
        Objects.requireNonNull(logisticsCode, "logisticsCode");
        Objects.requireNonNull(logisticsName, "logisticsName");
        Objects.requireNonNull(logisticsNo, "logisticsNo");
        Objects.requireNonNull(freight, "freight");
        Objects.requireNonNull(insuredFee, "insuredFee");
        Objects.requireNonNull(grossWeight, "grossWeight");
        if (packNo <= 0) {
            throw new IllegalArgumentException("packNo must be positive");
        }
    }

    /**
     * The usual filing: the booked waybill, the freight charged (zero when the carrier did not say), no insurance,
     * the parcels' gross weight and count, and the goods named by their descriptions (at most 255 characters, the
     * CEB511 field size).
     */
    public static WaybillFiling of(String logisticsCode, String logisticsName, String billNo, ShipmentRequest request,
                                   ShipmentResult result) {
        String currency = "CNY";
        Amount freight = result.charged() != null ? result.charged() : Amount.zero(currency);
        String goods = String.join(";", request.commodities().stream()
                .map(c -> c.description() + "*" + c.quantity()).toList());
        if (goods.length() > 255) {
            goods = goods.substring(0, 255);
        }
        return new WaybillFiling(logisticsCode, logisticsName, result.waybillNumber(), billNo, freight,
                Amount.zero(freight.currency()), request.totalWeight(), request.parcels().size(), goods);
    }
}
