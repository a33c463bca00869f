package io.kuajing.export.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Sku;

/**
 * A listing's stock abroad in one country: the units declared consignments took to the country's warehouses, less
 * the units sold by 9810 orders shipped to buyers there. An order does not say which warehouse of the country
 * shipped it, so the country's warehouses are one pool; a negative figure on hand says goods were sold that no
 * declared consignment brought.
 */
public record OverseasStock(Sku sku, CountryCode country, Map<String, Integer> shippedByWarehouse, int shipped,
                            int sold) {

    /** Units a declared consignment took to a warehouse. */
    public record Shipped(Sku sku, OverseasWarehouse warehouse, int quantity) {
    }

    /** Units 9810 orders sold to buyers in a country. */
    public record Sold(Sku sku, CountryCode country, int quantity) {
    }

    public int onHand() {
        return shipped - sold;
    }

    /** One figure per listing and country where anything was shipped or sold, by SKU then country. */
    public static List<OverseasStock> of(List<Shipped> shipped, List<Sold> sold) {
        record Key(Sku sku, CountryCode country) {
        }
        Map<Key, Map<String, Integer>> byWarehouse = new TreeMap<>(Comparator.comparing((Key k) -> k.sku().value())
                .thenComparing(k -> k.country().value()));
        Map<Key, Integer> soldBy = new HashMap<>();
        for (Shipped s : shipped) {
            byWarehouse.computeIfAbsent(new Key(s.sku(), s.warehouse().country()), k -> new TreeMap<>())
                    .merge(s.warehouse().code(), s.quantity(), Integer::sum);
        }
        for (Sold s : sold) {
            Key key = new Key(s.sku(), s.country());
            byWarehouse.computeIfAbsent(key, k -> new TreeMap<>());
            soldBy.merge(key, s.quantity(), Integer::sum);
        }
        List<OverseasStock> out = new ArrayList<>();
        byWarehouse.forEach((k, warehouses) -> out.add(new OverseasStock(k.sku(), k.country(), Map.copyOf(warehouses),
                warehouses.values().stream().mapToInt(Integer::intValue).sum(), soldBy.getOrDefault(k, 0))));
        return out;
    }
}
