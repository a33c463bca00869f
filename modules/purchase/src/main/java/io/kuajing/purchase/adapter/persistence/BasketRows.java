package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_basket}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BasketRows extends GenericRepository<BasketRow, String> {

    /**
     * Creates the row or, when it exists, takes its exclusive lock straight away. (INSERT IGNORE then SELECT ... FOR
     * UPDATE would take a shared lock first: two checkouts holding it would then deadlock upgrading to exclusive.)
     */
    @Query("INSERT INTO purchase_basket (owner, updated_at) VALUES (:owner, :updatedAt)"
            + " ON DUPLICATE KEY UPDATE owner = owner")
    void lock(String owner, LocalDateTime updatedAt);

    void update(@Id String owner, LocalDateTime updatedAt);
}
