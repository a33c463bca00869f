package io.kuajing.purchase.adapter.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.Payment;
import io.kuajing.purchase.domain.PaymentGateway;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * A payment company that always says yes: it records the transaction (payer name and ID number, amount, time,
 * transaction id) in purchase_payment, one per order, and marks refunds. Real gateways (Alipay, WeChat Pay)
 * replace it behind the same port.
 */
@Singleton
class SandboxPayments implements PaymentGateway {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SandboxPayments(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Payment charge(OrderNumber order, Money amount, String payerName, ChineseIdNumber payerId) {
        // Microseconds: what DATETIME(6) keeps, so the payment read back equals the one reported.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Payment payment = new Payment("SANDBOX-" + UUID.randomUUID(), payerName, payerId, amount, now);
        try (PreparedStatement ps = transactions.getConnection().prepareStatement("""
                INSERT INTO purchase_payment (transaction_id, order_no, amount, payer_name, payer_id_number, paid_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, payment.transactionId());
            ps.setString(2, order.value());
            ps.setBigDecimal(3, amount.amount());
            ps.setString(4, payerName);
            ps.setString(5, payerId.value());
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
            ps.executeUpdate();
            return payment;
        } catch (SQLException e) {
            throw new IllegalStateException("the payment sandbox could not record the payment of " + order, e);
        }
    }

    @Override
    public void refund(Payment payment) {
        try (PreparedStatement ps = transactions.getConnection().prepareStatement(
                "UPDATE purchase_payment SET refunded_at = ? WHERE transaction_id = ? AND refunded_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            ps.setString(2, payment.transactionId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the payment sandbox could not refund " + payment.transactionId(), e);
        }
    }
}
