package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.MobileNumber;
import io.kuajing.kernel.Money;
import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.Buyer;
import io.kuajing.purchase.domain.Consignee;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.DeliveryWindow;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Payment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_order}: the order's head as stored, amounts in CNY, times as UTC wall-clock values, the
 * buyer, payment and customs' note flattened into nullable columns. Its lines are {@link OrderLineRow}s.
 */
@MappedEntity("purchase_order")
record OrderRow(@Id String orderNo, String checkoutId, String owner, String mode, String warehouse, String status,
                @Nullable String buyerName, @Nullable String buyerIdNumber, @Nullable String buyerPhone,
                String consigneeName, String consigneePhone, String consigneeDivision, String consigneeAddress,
                BigDecimal freight, BigDecimal total, LocalDateTime placedAt, @Nullable String paymentTransaction,
                @Nullable String payerName, @Nullable String payerIdNumber, @Nullable BigDecimal paidAmount,
                @Nullable LocalDateTime paidAt, @Nullable String waybillNo, @Nullable String cancellationReason,
                int version, @Nullable LocalDate promisedEarliest, @Nullable LocalDate promisedLatest,
                @Nullable String customsKind, @Nullable String customsReason, @Nullable String customsMessage,
                @Nullable String customsNextStep, @Nullable LocalDateTime customsAt,
                @Nullable LocalDateTime deliveredAt, @Nullable String idempotencyKey,
                @Nullable String requestFingerprint) {

    /** The columns a placed order is inserted with, in the order of {@link #values()}. */
    static final String COLUMNS = "order_no, checkout_id, owner, mode, warehouse, status, buyer_name, buyer_id_number,"
            + " buyer_phone, consignee_name, consignee_phone, consignee_division, consignee_address, freight, total,"
            + " placed_at, payment_transaction, payer_name, payer_id_number, paid_amount, paid_at, waybill_no,"
            + " cancellation_reason, version, promised_earliest, promised_latest, customs_kind, customs_reason,"
            + " customs_message, customs_next_step, customs_at, delivered_at, idempotency_key, request_fingerprint";

    /** The row's values for {@link #COLUMNS}. */
    Object[] values() {
        return new Object[] {orderNo, checkoutId, owner, mode, warehouse, status, buyerName, buyerIdNumber, buyerPhone,
            consigneeName, consigneePhone, consigneeDivision, consigneeAddress, freight, total, placedAt,
            paymentTransaction, payerName, payerIdNumber, paidAmount, paidAt, waybillNo, cancellationReason, version,
            promisedEarliest, promisedLatest, customsKind, customsReason, customsMessage, customsNextStep, customsAt,
            deliveredAt, idempotencyKey, requestFingerprint};
    }

    /** A row read by hand, its columns those of {@link #COLUMNS} in that order. */
    static OrderRow read(ResultSet rs) throws SQLException {
        return new OrderRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
                rs.getObject(16, LocalDateTime.class), rs.getString(17), rs.getString(18), rs.getString(19),
                rs.getBigDecimal(20), rs.getObject(21, LocalDateTime.class), rs.getString(22), rs.getString(23),
                rs.getInt(24), rs.getObject(25, LocalDate.class), rs.getObject(26, LocalDate.class), rs.getString(27),
                rs.getString(28), rs.getString(29), rs.getString(30), rs.getObject(31, LocalDateTime.class),
                rs.getObject(32, LocalDateTime.class), rs.getString(33), rs.getString(34));
    }

    /** The order as an update writes it: the checkout's columns are written once, at checkout, and never updated. */
    static OrderRow of(Order order) {
        return of(order, null, null, null);
    }

    /**
     * The order as placed by checkout {@code checkoutId}; {@code key} and {@code requestFingerprint} only on the
     * checkout's first order (purchase V12: the unique key on owner and key claims it).
     */
    static OrderRow of(Order order, String checkoutId, @Nullable String key, @Nullable String requestFingerprint) {
        Buyer buyer = order.buyer();
        Consignee consignee = order.consignee();
        Payment payment = order.payment();
        CustomsNote note = order.customsNote();
        DeliveryWindow promised = order.promised();
        return new OrderRow(order.number().value(), checkoutId, order.owner(), order.mode().name(), order.warehouse(),
                order.status().name(), buyer == null ? null : buyer.realName(),
                buyer == null ? null : buyer.idNumber().value(), buyer == null ? null : buyer.phone().value(),
                consignee.name(), consignee.phone().value(), consignee.divisionCode(), consignee.address(),
                order.freight().amount(), order.total().amount(), UtcTime.of(order.placedAt()),
                payment == null ? null : payment.transactionId(), payment == null ? null : payment.payerName(),
                payment == null ? null : payment.payerId().value(), payment == null ? null : payment.amount().amount(),
                payment == null ? null : UtcTime.of(payment.paidAt()), order.waybillNumber(),
                order.cancellationReason(), order.version(), promised == null ? null : promised.earliest(),
                promised == null ? null : promised.latest(), note == null ? null : note.kind().name(),
                note == null ? null : note.reason(), note == null ? null : note.message(),
                note == null ? null : note.nextStep().name(), note == null ? null : UtcTime.of(note.at()),
                UtcTime.of(order.deliveredAt()), key, requestFingerprint);
    }

    Order order(List<OrderLine> lines) {
        Buyer buyer = buyerName == null ? null
                : new Buyer(buyerName, ChineseIdNumber.of(buyerIdNumber), new MobileNumber(buyerPhone));
        Consignee consignee = new Consignee(consigneeName, new MobileNumber(consigneePhone), consigneeDivision,
                consigneeAddress);
        Payment payment = paymentTransaction == null ? null : new Payment(paymentTransaction, payerName,
                ChineseIdNumber.of(payerIdNumber), new Money(paidAmount, Money.CNY), UtcTime.instant(paidAt));
        DeliveryWindow promised = promisedEarliest == null || promisedLatest == null ? null
                : new DeliveryWindow(promisedEarliest, promisedLatest);
        CustomsNote note = customsKind == null ? null : new CustomsNote(CustomsNote.Kind.valueOf(customsKind),
                customsReason, customsMessage, CustomsNote.NextStep.valueOf(customsNextStep), UtcTime.instant(customsAt));
        return Order.restore(new OrderNumber(orderNo), owner, FulfilmentMode.valueOf(mode), warehouse, buyer,
                consignee, lines, new Money(freight, Money.CNY), UtcTime.instant(placedAt), promised,
                OrderStatus.valueOf(status), payment, waybillNo, cancellationReason, note,
                UtcTime.instant(deliveredAt), version);
    }
}
