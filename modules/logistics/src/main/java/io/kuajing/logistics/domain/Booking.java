package io.kuajing.logistics.domain;

import java.math.BigDecimal;

import io.kuajing.kernel.Money;

/**
 * A carrier's booking: waybill, label, what it charged (null when unknown), its CEB511 filing data (null when the
 * carrier files none), and whether the courier waits to be called ({@code collectOnRequest}).
 */
public record Booking(String waybillNumber, String labelFormat, byte[] label, Money charged, Filing filing,
                      boolean collectOnRequest) {

    /** The carrier's part of the CEB511 waybill message. */
    public record Filing(String logisticsCode, String logisticsName, Money freight, BigDecimal grossWeightKg, int packNo,
                         String goodsInfo) {
    }
}
