package io.kuajing.logistics;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/**
 * A carrier issued a waybill for an order's shipment. Customs needs it for the CEB511 waybill message: the
 * logistics code and number, freight, gross weight and parcel count come from the carrier's filing data when the
 * carrier provides it ({@code customsLeg}: this is the waybill declared to customs).
 *
 * <p>From a line-haul carrier it also says how the parcel crosses into China, which the 9610 inventory list
 * (CEB621) declares and the waybill message repeats (CEB511 billNo): {@code transportModeCode} (customs' JGS-20
 * transport mode, e.g. {@code 5} air; CEB621 trafMode), {@code transportMeans} (the flight number; trafNo, at most
 * 100 characters), {@code voyageNo} (the flight date {@code yyyyMMdd}; voyageNo, at most 32) and
 * {@code masterBillNo} (the master air waybill; billNo, at most 37). All four are null when the carrier gives none
 * (couriers, last-mile legs).
 */
public record WaybillAssigned(String orderId, String shipmentId, int legNumber, String carrierId, String waybillNumber,
                              String supervisionCode, boolean customsLeg, String logisticsCode, String logisticsName,
                              BigDecimal freight, String freightCurrency, BigDecimal grossWeightKg, int packNo,
                              String goodsInfo, String transportModeCode, String transportMeans, String voyageNo,
                              String masterBillNo) implements DomainEvent {

    /** A waybill without line-haul transport data (as published before the carriers gave it). */
    public WaybillAssigned(String orderId, String shipmentId, int legNumber, String carrierId, String waybillNumber,
                           String supervisionCode, boolean customsLeg, String logisticsCode, String logisticsName,
                           BigDecimal freight, String freightCurrency, BigDecimal grossWeightKg, int packNo,
                           String goodsInfo) {
        this(orderId, shipmentId, legNumber, carrierId, waybillNumber, supervisionCode, customsLeg, logisticsCode,
                logisticsName, freight, freightCurrency, grossWeightKg, packNo, goodsInfo, null, null, null, null);
    }
}
