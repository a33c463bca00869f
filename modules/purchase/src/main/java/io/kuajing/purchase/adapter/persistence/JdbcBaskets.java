package io.kuajing.purchase.adapter.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.domain.Basket;
import io.kuajing.purchase.domain.Baskets;
import jakarta.inject.Singleton;

/** Baskets in purchase_basket (the lock) and purchase_basket_line, on the caller's transaction. */
@Singleton
class JdbcBaskets implements Baskets {

    private final BasketRows baskets;
    private final BasketLineRows lines;
    private final Clock clock;

    JdbcBaskets(BasketRows baskets, BasketLineRows lines, Clock clock) {
        this.baskets = baskets;
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    public Basket of(String owner) {
        return new Basket(owner, lines.ofOwner(owner).stream().map(BasketLineRow::line).toList());
    }

    @Override
    public Basket lock(String owner) {
        baskets.lock(owner, now());
        return new Basket(owner, lines.lockedOfOwner(owner).stream().map(BasketLineRow::line).toList());
    }

    @Override
    public void save(Basket basket) {
        lines.deleteOfOwner(basket.owner());
        List<BasketLineRow> rows = new ArrayList<>();
        for (Basket.Line line : basket.lines()) {
            rows.add(BasketLineRow.of(basket.owner(), rows.size(), line));
        }
        // No lines, no batch: an emptied basket is the delete alone, as it was by hand.
        if (!rows.isEmpty()) {
            lines.insert(rows);
        }
        baskets.update(basket.owner(), now());
    }

    private LocalDateTime now() {
        return UtcTime.of(clock.instant());
    }
}
