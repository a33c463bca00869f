package io.kuajing.purchase.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A consumer's basket before checkout, kept on the server so it follows them from phone to laptop: products in the
 * order they were added, a quantity each and, where the consumer chose one, the fulfilment mode. Prices are not
 * kept: they are the catalogue's of the moment, shown on every look and fixed only at checkout.
 */
@AggregateRoot
public final class Basket {

    /** More lines than a consumer shops at once; it bounds the catalogue lookups of one basket view. */
    public static final int MAX_LINES = io.kuajing.kernel.Quantity.MAX_LINES;

    @Identity
    private final String owner;
    private final Map<Sku, Line> lines = new LinkedHashMap<>();

    /** One product in the basket; {@code mode} null means the cheapest mode offered at checkout. */
    public record Line(Sku sku, int quantity, FulfilmentMode mode) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            if (quantity < 1) {
                throw new IllegalArgumentException("a basket line holds at least one unit");
            }
        }
    }

    public Basket(String owner, List<Line> lines) {
        this.owner = Objects.requireNonNull(owner, "owner");
        lines.forEach(l -> this.lines.put(l.sku(), l));
    }

    /** Adds the product or replaces its line (quantity and mode), keeping its place in the basket. */
    public void put(Line line) {
        if (!lines.containsKey(line.sku()) && lines.size() >= MAX_LINES) {
            throw new RuleViolation("sku", "basket-size", "a basket holds at most " + MAX_LINES + " products; check out or remove some");
        }
        lines.put(line.sku(), line);
    }

    /** Takes the product out; taking out what is not there changes nothing. */
    public void remove(Sku sku) {
        lines.remove(sku);
    }

    /** Checked out: what was in it is now on orders. */
    public void empty() {
        lines.clear();
    }

    public List<Line> lines() {
        return new ArrayList<>(lines.values());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public String owner() {
        return owner;
    }
}
