package io.kuajing.export;

import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.Money;

/**
 * An export order: amounts in the sale currency; customs' note when customs refused its parcel, a report about it or
 * the withdrawal of its list or the receipt of its payment; where customs is with the vendor's receipt of the
 * buyer's payment (SENT, ACCEPTED, REFUSED; null: not told).
 */
public record ExportOrderView(String orderNo, String vendorId, String marketplace, String marketplaceOrderId,
                              String mode, String destination, Instant soldAt, Money sales, Money marketplaceFee,
                              String status, String customsNote, String paymentReceipt, List<Line> lines) {

    public record Line(int lineNo, String sku, int quantity, Money unitPrice, Money amount) {
    }
}
