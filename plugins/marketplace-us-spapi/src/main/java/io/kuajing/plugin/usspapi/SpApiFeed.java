package io.kuajing.plugin.usspapi;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.kuajing.plugin.Json;
import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.ShipFrom;

/**
 * One read of the export folder: the catalogue rows in file-name order, and the offers by ASIN.
 *
 * <p>The export follows the SP-API Catalog Items (2022-04-01) item shape ({@code asin}, {@code summaries},
 * {@code identifiers}, {@code attributes}) with the Product Pricing offer fields ({@code sellerId},
 * {@code listingPrice}, {@code quantity}) and a {@code shipsFrom} warehouse per offer. A Chinese HS code, when the
 * seller classified the item, is in {@code attributes.cn_hs_code}. An unreadable file or item becomes an ERROR
 * message in place of its rows; it never stops the read.
 */
record SpApiFeed(String fingerprint, List<Row> rows, Map<String, List<Offer>> offers,
                 Map<String, List<Message>> offerMessages) {

    static final String SITE = "amazon.com";
    private static final String US_MARKETPLACE_ID = "ATVPDKIKX0DER";
    private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final Map<String, BigDecimal> GRAMS_PER_UNIT = Map.of(
            "grams", BigDecimal.ONE,
            "kilograms", new BigDecimal("1000"),
            "pounds", new BigDecimal("453.59237"),
            "ounces", new BigDecimal("28.349523125"));

    /** A catalogue row: an item (with warnings), or only the messages of a row that could not be read. */
    record Row(CatalogItem item, List<Message> messages) {
    }

    boolean knows(String asin) {
        return offers.containsKey(asin);
    }

    List<Offer> offersOf(String asin) {
        return offers.getOrDefault(asin, List.of());
    }

    List<Message> offerMessagesOf(String asin) {
        return offerMessages.getOrDefault(asin, List.of());
    }

    static String fingerprint(Path dir) {
        StringBuilder sb = new StringBuilder();
        for (Path file : files(dir)) {
            try {
                sb.append(file.getFileName()).append('|').append(Files.size(file)).append('|')
                        .append(Files.getLastModifiedTime(file).toMillis()).append(';');
            } catch (IOException e) {
                sb.append(file.getFileName()).append("|gone;");
            }
        }
        return sb.toString();
    }

    static SpApiFeed read(Path dir, String fingerprint) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Offer>> offers = new HashMap<>();
        Map<String, List<Message>> offerMessages = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            List<?> items;
            try {
                Object root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
                items = root instanceof Map<?, ?> map && map.get("items") instanceof List<?> list ? list : null;
                if (items == null) {
                    rows.add(failed(Message.error("feed-unreadable", name, "no \"items\" array in " + name)));
                    continue;
                }
            } catch (IOException | IllegalArgumentException e) {
                rows.add(failed(Message.error("feed-unreadable", name, name + ": " + e.getMessage())));
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                String where = name + "#" + i;
                try {
                    Map<?, ?> raw = object(items.get(i), "item");
                    List<Message> warnings = new ArrayList<>();
                    CatalogItem item = item(raw, where, warnings);
                    if (!seen.add(item.externalRef())) {
                        rows.add(failed(Message.error("duplicate-ref", item.externalRef(),
                                where + ": ASIN " + item.externalRef() + " appears again; the first one is kept")));
                        continue;
                    }
                    List<Offer> itemOffers = new ArrayList<>();
                    List<Message> problems = new ArrayList<>();
                    List<?> rawOffers = raw.get("offers") instanceof List<?> l ? l : List.of();
                    for (int o = 0; o < rawOffers.size(); o++) {
                        try {
                            itemOffers.add(offer(item.externalRef(), object(rawOffers.get(o), "offer")));
                        } catch (IllegalArgumentException | ClassCastException e) {
                            problems.add(Message.error("bad-offer", item.externalRef(),
                                    where + " offer " + o + ": " + e.getMessage()));
                        }
                    }
                    offers.put(item.externalRef(), List.copyOf(itemOffers));
                    offerMessages.put(item.externalRef(), List.copyOf(problems));
                    rows.add(new Row(item, List.copyOf(warnings)));
                } catch (IllegalArgumentException | ClassCastException e) {
                    rows.add(failed(Message.error("bad-item", refOf(items.get(i), where), where + ": " + e.getMessage())));
                }
            }
        }
        return new SpApiFeed(fingerprint, List.copyOf(rows), Map.copyOf(offers), Map.copyOf(offerMessages));
    }

    private static CatalogItem item(Map<?, ?> raw, String where, List<Message> warnings) {
        String asin = text(raw.get("asin"));
        if (asin == null || !ASIN.matcher(asin).matches()) {
            throw new IllegalArgumentException("ASIN must be 10 upper-case letters or digits, got " + asin);
        }
        Map<?, ?> summary = forUsMarketplace(raw.get("summaries"));
        String title = summary == null ? null : text(summary.get("itemName"));
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("item " + asin + " has no itemName");
        }
        String brand = summary == null ? null : text(summary.get("brand"));
        String category = summary != null && summary.get("browseClassification") instanceof Map<?, ?> c
                ? text(c.get("displayName")) : null;
        Map<?, ?> attributes = raw.get("attributes") instanceof Map<?, ?> a ? a : Map.of();
        String gtin = gtin(raw.get("identifiers"));
        if (gtin != null && !GTIN.matcher(gtin).matches()) {
            warnings.add(Message.warning("bad-gtin", asin, where + ": ignored identifier " + gtin));
            gtin = null;
        }
        return new CatalogItem(asin, SITE, title.strip(), "en-US", firstValue(attributes.get("product_description")),
                brand, category, gtin, firstValue(attributes.get("cn_hs_code")), grams(attributes.get("item_package_weight")),
                firstValue(attributes.get("country_of_origin")));
    }

    private static Offer offer(String asin, Map<?, ?> raw) {
        Map<?, ?> price = object(raw.get("listingPrice"), "listingPrice");
        Object amount = price.get("amount");
        BigDecimal value = amount instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(text(amount)));
        int units;
        try {
            units = ((BigDecimal) raw.get("quantity")).intValueExact();
        } catch (ClassCastException | NullPointerException | ArithmeticException e) {
            throw new IllegalArgumentException("quantity must be a whole number, got " + raw.get("quantity"));
        }
        Map<?, ?> ship = object(raw.get("shipsFrom"), "shipsFrom");
        String country = text(ship.get("countryCode"));
        String type = text(ship.get("type"));
        ShipFrom.WarehouseType warehouseType = type != null ? ShipFrom.WarehouseType.valueOf(type)
                : "CN".equals(country) ? ShipFrom.WarehouseType.DOMESTIC : ShipFrom.WarehouseType.OVERSEAS;
        return new Offer(asin, text(raw.get("sellerId")), text(raw.get("sellerName")),
                new Price(value, text(price.get("currencyCode"))), units,
                new ShipFrom(text(ship.get("warehouseId")), country, warehouseType));
    }

    private static Map<?, ?> forUsMarketplace(Object summaries) {
        if (!(summaries instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        for (Object s : list) {
            if (s instanceof Map<?, ?> m && US_MARKETPLACE_ID.equals(m.get("marketplaceId"))) {
                return m;
            }
        }
        return list.get(0) instanceof Map<?, ?> m ? m : null;
    }

    private static String gtin(Object identifiers) {
        if (!(identifiers instanceof List<?> groups)) {
            return null;
        }
        for (Object group : groups) {
            if (group instanceof Map<?, ?> g && g.get("identifiers") instanceof List<?> ids) {
                for (Object id : ids) {
                    if (id instanceof Map<?, ?> m && Set.of("EAN", "UPC", "GTIN", "JAN").contains(m.get("identifierType"))) {
                        return text(m.get("identifier"));
                    }
                }
            }
        }
        return null;
    }

    private static Integer grams(Object weights) {
        if (!(weights instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?> w)) {
            return null;
        }
        BigDecimal factor = GRAMS_PER_UNIT.get(String.valueOf(w.get("unit")));
        if (factor == null || !(w.get("value") instanceof BigDecimal value) || value.signum() <= 0) {
            throw new IllegalArgumentException("item_package_weight must be a positive value in grams, kilograms, "
                    + "pounds or ounces, got " + w);
        }
        return Math.max(1, value.multiply(factor).setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    private static String firstValue(Object attribute) {
        if (attribute instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m) {
            return text(m.get("value"));
        }
        return null;
    }

    private static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " must be an object");
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        throw new IllegalArgumentException("expected text, got " + value);
    }

    private static String refOf(Object raw, String where) {
        return raw instanceof Map<?, ?> m && m.get("asin") instanceof String s && !s.isBlank() ? s : where;
    }

    private static Row failed(Message message) {
        return new Row(null, List.of(message));
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("feed-dir is not a folder: " + dir.toAbsolutePath());
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list feed-dir " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
