package io.kuajing.purchase.adapter.persistence;

import java.util.Optional;

import io.kuajing.purchase.domain.Checkouts;
import jakarta.inject.Singleton;

/** Checkouts by key: the key is kept on each checkout's first order (purchase V12), placed by {@link JdbcOrders}. */
@Singleton
class JdbcCheckouts implements Checkouts {

    private final OrderRows rows;

    JdbcCheckouts(OrderRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Earlier> find(String owner, String key) {
        return rows.withKey(owner, key).map(JdbcOrders::earlier);
    }
}
