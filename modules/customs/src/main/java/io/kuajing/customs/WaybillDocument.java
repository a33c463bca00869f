package io.kuajing.customs;

import java.math.BigDecimal;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;

/**
 * What the logistics company declares about the parcel (CEB511), and the line-haul transport the inventory list
 * (CEB621) names. Weights in kg.
 *
 * @param billNo           the master bill (air waybill / bill of lading) the parcel travels under; for 9610 from
 *                         the line-haul carrier's booking
 * @param trafNo           the means of transport (flight's aircraft or vessel name/number), 9610; may be null
 * @param voyageNo         the flight or voyage number, 9610; may be null
 * @param departureCountry the country the parcel leaves from (CEB621 head country for 9610); may be null
 *                         (declared as 701 国别不详). When the three transport fields are null the inventory list is
 *                         declared without them: customs districts that allow it take them later (后置申报 of the
 *                         master bill); those that do not refuse the list with their reason.
 */
public record WaybillDocument(Company logisticsCompany, String logisticsNo, String billNo, Money freight,
                              Money insuredFee, BigDecimal grossWeight, BigDecimal netWeight, int packNo,
                              String goodsInfo, Consignee consignee, String trafNo, String voyageNo,
                              CountryCode departureCountry) {

    /** A waybill whose line-haul transport is not known (yet). */
    public WaybillDocument(Company logisticsCompany, String logisticsNo, String billNo, Money freight, Money insuredFee,
                           BigDecimal grossWeight, BigDecimal netWeight, int packNo, String goodsInfo,
                           Consignee consignee) {
        this(logisticsCompany, logisticsNo, billNo, freight, insuredFee, grossWeight, netWeight, packNo, goodsInfo,
                consignee, null, null, null);
    }
}
