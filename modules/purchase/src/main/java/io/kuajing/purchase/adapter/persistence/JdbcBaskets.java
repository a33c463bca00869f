package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Sku;
import io.kuajing.purchase.domain.Basket;
import io.kuajing.purchase.domain.Baskets;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Baskets in purchase_basket (the lock) and purchase_basket_line, plain JDBC on the caller's transaction. */
@Singleton
class JdbcBaskets implements Baskets {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    JdbcBaskets(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Basket of(String owner) {
        return new Basket(owner, lines(owner, ""));
    }

    @Override
    public Basket lock(String owner) {
        // One statement that creates the row or, when it exists, takes its exclusive lock straight away. (INSERT
        // IGNORE then SELECT ... FOR UPDATE would take a shared lock first: two checkouts holding it would then
        // deadlock upgrading to exclusive.)
        try (PreparedStatement lock = transactions.getConnection().prepareStatement(
                "INSERT INTO purchase_basket (owner, updated_at) VALUES (?, ?) ON DUPLICATE KEY UPDATE owner = owner")) {
            lock.setString(1, owner);
            lock.setTimestamp(2, now());
            lock.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the basket", e);
        }
        // A locking read: the lines as last committed, whatever snapshot an earlier plain read in this transaction
        // fixed (REPEATABLE READ) — saving lines read from an old snapshot would bring back a checked-out basket.
        return new Basket(owner, lines(owner, " FOR UPDATE"));
    }

    @Override
    public void save(Basket basket) {
        Connection c = transactions.getConnection();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM purchase_basket_line WHERE owner = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO purchase_basket_line (owner, position, sku, quantity, mode) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement touch = c.prepareStatement("UPDATE purchase_basket SET updated_at = ? WHERE owner = ?")) {
            delete.setString(1, basket.owner());
            delete.executeUpdate();
            int position = 0;
            for (Basket.Line line : basket.lines()) {
                insert.setString(1, basket.owner());
                insert.setInt(2, position++);
                insert.setString(3, line.sku().value());
                insert.setInt(4, line.quantity());
                insert.setString(5, line.mode() == null ? null : line.mode().name());
                insert.addBatch();
            }
            insert.executeBatch();
            touch.setTimestamp(1, now());
            touch.setString(2, basket.owner());
            touch.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the basket", e);
        }
    }

    private List<Basket.Line> lines(String owner, String lock) {
        try (PreparedStatement select = transactions.getConnection().prepareStatement(
                "SELECT sku, quantity, mode FROM purchase_basket_line WHERE owner = ? ORDER BY position" + lock)) {
            select.setString(1, owner);
            List<Basket.Line> lines = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String mode = rs.getString(3);
                    lines.add(new Basket.Line(new Sku(rs.getString(1)), rs.getInt(2), mode == null ? null : FulfilmentMode.valueOf(mode)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the basket", e);
        }
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
