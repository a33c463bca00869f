package io.kuajing.customs;

import java.math.BigDecimal;

import io.kuajing.kernel.Money;

/** What the logistics company declares about the parcel (CEB511). Weights in kg. */
public record WaybillDocument(Company logisticsCompany, String logisticsNo, String billNo, Money freight,
                              Money insuredFee, BigDecimal grossWeight, BigDecimal netWeight, int packNo,
                              String goodsInfo, Consignee consignee) {
}
