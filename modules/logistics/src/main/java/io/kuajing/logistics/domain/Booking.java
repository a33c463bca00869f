package io.kuajing.logistics.domain;

import java.math.BigDecimal;

import io.kuajing.kernel.Money;

/**
 * A carrier's booking: waybill, label, what it charged (null when unknown), its CEB511 filing data (null when the
 * carrier files none), whether the courier waits to be called ({@code collectOnRequest}), and how a line-haul
 * carrier flies or ships the parcel into China ({@code transport}; null from couriers).
 */
public record Booking(String waybillNumber, String labelFormat, byte[] label, Money charged, Filing filing,
                      boolean collectOnRequest, Transport transport) {

    /** The carrier's part of the CEB511 waybill message. */
    public record Filing(String logisticsCode, String logisticsName, Money freight, BigDecimal grossWeightKg, int packNo,
                         String goodsInfo) {
    }

    /**
     * The line haul's crossing as customs' 9610 inventory list declares it: transport mode code (JGS-20, e.g. 5
     * air), means of transport (the flight number), voyage (the flight date) and master bill number.
     */
    public record Transport(String modeCode, String means, String voyageNo, String masterBillNo) {
    }
}
