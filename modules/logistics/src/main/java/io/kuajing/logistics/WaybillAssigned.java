package io.kuajing.logistics;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/**
 * A carrier issued a waybill for an order's shipment. Customs needs it for the CEB511 waybill message: the
 * logistics code and number, freight, gross weight and parcel count come from the carrier's filing data when the
 * carrier provides it ({@code customsLeg}: this is the waybill declared to customs).
 */
public record WaybillAssigned(String orderId, String shipmentId, int legNumber, String carrierId, String waybillNumber,
                              String supervisionCode, boolean customsLeg, String logisticsCode, String logisticsName,
                              BigDecimal freight, String freightCurrency, BigDecimal grossWeightKg, int packNo,
                              String goodsInfo) implements DomainEvent {
}
