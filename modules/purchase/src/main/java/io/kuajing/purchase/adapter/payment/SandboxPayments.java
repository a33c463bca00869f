package io.kuajing.purchase.adapter.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.purchase.domain.Payment;
import io.kuajing.purchase.domain.PaymentGateway;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * A payment company that always says yes: it records the transaction (payer name and ID number, amount, time,
 * transaction id) in purchase_payment, and marks refunds. Like a real provider it honours idempotency keys: a charge
 * with a key it has seen answers the payment it made then (the money is taken once), and so does a refund. It
 * writes in the caller's transaction (a sandbox has no money to lose when that rolls back); a real gateway (Alipay,
 * WeChat Pay) is remote and keeps the charge, which is why the caller retries with the same key. Real gateways
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
    public Payment charge(Charge charge) {
        Optional<Payment> earlier = byKey(charge.idempotencyKey());
        if (earlier.isPresent()) {
            return sameCharge(earlier.get(), charge);
        }
        // Microseconds: what DATETIME(6) keeps, so the payment read back equals the one reported.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Payment payment = new Payment("SANDBOX-" + UUID.randomUUID(), charge.payerName(), charge.payerId(), charge.amount(), now);
        try (PreparedStatement ps = connection().prepareStatement("""
                INSERT INTO purchase_payment (transaction_id, idempotency_key, order_no, amount, payer_name, payer_id_number,
                  paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, payment.transactionId());
            ps.setString(2, charge.idempotencyKey());
            ps.setString(3, charge.order().value());
            ps.setBigDecimal(4, charge.amount().amount());
            ps.setString(5, charge.payerName());
            ps.setString(6, charge.payerId().value());
            ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
            ps.executeUpdate();
            return payment;
        } catch (SQLIntegrityConstraintViolationException twin) {
            // A concurrent request with the same key (or a second key for the same order) got there first.
            return byKey(charge.idempotencyKey()).map(p -> sameCharge(p, charge)).orElseThrow(() ->
                    new IllegalStateException("the payment sandbox already holds a payment of " + charge.order()));
        } catch (SQLException e) {
            throw new IllegalStateException("the payment sandbox could not record the payment of " + charge.order(), e);
        }
    }

    /** A key is bound to what it first charged: the same key with another amount is a caller's bug, not a new charge. */
    private static Payment sameCharge(Payment earlier, Charge charge) {
        if (earlier.amount().compareTo(charge.amount()) != 0 || !earlier.payerId().equals(charge.payerId())) {
            throw new IllegalStateException("idempotency key " + charge.idempotencyKey() + " was used for another charge");
        }
        return earlier;
    }

    @Override
    public void refund(String idempotencyKey, Payment payment) {
        // Once per payment: a second refund (same key or not) finds refunded_at set and changes nothing.
        try (PreparedStatement ps = connection().prepareStatement("""
                UPDATE purchase_payment SET refunded_at = ?, refund_key = ?
                WHERE transaction_id = ? AND refunded_at IS NULL""")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            ps.setString(2, idempotencyKey);
            ps.setString(3, payment.transactionId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the payment sandbox could not refund " + payment.transactionId(), e);
        }
    }

    private Optional<Payment> byKey(String key) {
        try (PreparedStatement ps = connection().prepareStatement("""
                SELECT transaction_id, payer_name, payer_id_number, amount, paid_at FROM purchase_payment
                WHERE idempotency_key = ?""")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Payment(rs.getString(1), rs.getString(2), ChineseIdNumber.of(rs.getString(3)),
                        new Money(rs.getBigDecimal(4), Money.CNY),
                        rs.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the payment sandbox could not read its ledger", e);
        }
    }

    private Connection connection() {
        return transactions.getConnection();
    }
}
