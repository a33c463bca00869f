package io.kuajing.plugin.sellingpartner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kuajing.plugin.Json;
import io.kuajing.plugin.carrier.Weight;
import io.kuajing.plugin.carrier.WeightUnit;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.PriceStockUpdate;

/**
 * Listings as the Listings Items API 2021-08-01 takes them: the put body (item name, offer, package weight,
 * availability), the JSON Patch of price and stock, and the submission answer as an {@link ItemResult}. In the
 * store's units: prices in its currency at its scale (never rounded here), weights in its unit (converted from kg,
 * rounded up to the hundredth so the declared shipping weight is never below the real one).
 */
final class SellingPartnerListings {

    /** Amazon's generic product type, for a listing that names none in its {@code product-type} attribute. */
    static final String DEFAULT_PRODUCT_TYPE = "PRODUCT";

    private final AmazonStore store;

    SellingPartnerListings(AmazonStore store) {
        this.store = store;
    }

    /** Why the store would refuse the listing before it is sent, or null when it can go. */
    Message refusal(Listing listing) {
        Message price = priceRefusal(listing.sku(), listing.price());
        if (price != null) {
            return price;
        }
        if (listing.weightKg() == null) {
            return Message.error("missing-weight", listing.sku(), store.site() + " needs the package weight (item_package_weight)");
        }
        return null;
    }

    /**
     * A price in another currency is refused ({@code currency-not-usd}, {@code currency-not-jpy}), not converted at
     * a rate the plugin does not own; one with more decimals than the store's currency is refused, not rounded.
     */
    Message priceRefusal(String sku, Price price) {
        if (price == null) {
            return null;
        }
        if (!store.currency().equals(price.currency())) {
            return Message.error("currency-not-" + store.currency().toLowerCase(Locale.ROOT), sku, store.site()
                    + " sells in " + store.currency() + ", not " + price.currency() + ": convert the price before publishing");
        }
        if (!store.takes(price.amount())) {
            return Message.error("bad-price", sku, "a price on " + store.site() + " is positive with at most "
                    + store.currencyScale() + " decimals (" + store.currency() + "): " + price.amount());
        }
        return null;
    }

    String putBody(Listing listing) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("item_name", List.of(text(listing.title(), listing.language())));
        if (listing.description() != null) {
            attributes.put("product_description", List.of(text(listing.description(), listing.language())));
        }
        attributes.put("purchasable_offer", offer(listing.price()));
        attributes.put("item_package_weight", List.of(Map.of("unit", store.weightUnitName(),
                "value", weight(listing.weightKg()), "marketplace_id", store.marketplaceId())));
        attributes.put("fulfillment_availability", availability(listing.stock()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productType", productType(listing.attributes()));
        body.put("requirements", "LISTING");
        body.put("attributes", attributes);
        return Json.write(body);
    }

    String patchBody(PriceStockUpdate update) {
        List<Object> patches = new ArrayList<>();
        if (update.price() != null) {
            patches.add(Map.of("op", "replace", "path", "/attributes/purchasable_offer", "value", offer(update.price())));
        }
        if (update.stock() != null) {
            patches.add(Map.of("op", "replace", "path", "/attributes/fulfillment_availability",
                    "value", availability(update.stock())));
        }
        return Json.write(Map.of("productType", DEFAULT_PRODUCT_TYPE, "patches", patches));
    }

    /** In the store's unit (one kilogram is 1 / 0.45359237 pounds, the pound's legal definition), rounded up to the hundredth. */
    BigDecimal weight(BigDecimal kilograms) {
        return new Weight(kilograms, WeightUnit.KILOGRAM).in(store.weightUnit(), 2);
    }

    /** A ListingsItemSubmissionResponse: ACCEPTED is an update of the item, INVALID a rejection with its issues. */
    ItemResult result(String sku, String answer) {
        Map<String, Object> submission = Json.object(Json.parse(answer));
        String status = Json.string(submission, "status");
        List<Message> messages = new ArrayList<>();
        for (Object i : submission.get("issues") == null ? List.of() : Json.array(submission.get("issues"))) {
            Map<String, Object> issue = Json.object(i);
            String text = Json.string(issue, "code") + " " + attributeNames(issue) + ": " + Json.string(issue, "message");
            messages.add("ERROR".equals(Json.string(issue, "severity")) ? Message.error("channel-issue", sku, text)
                    : Message.warning("channel-issue", sku, text));
        }
        if ("ACCEPTED".equals(status)) {
            return new ItemResult(sku, ItemResult.Outcome.UPDATED, null, messages);
        }
        if (messages.isEmpty()) {
            messages.add(Message.error("channel-refused", sku, store.site() + " answered " + status));
        }
        return new ItemResult(sku, ItemResult.Outcome.REJECTED, null, messages);
    }

    private static String attributeNames(Map<String, Object> issue) {
        Object names = issue.get("attributeNames");
        return names == null ? "" : String.join(",", Json.array(names).stream().map(String::valueOf).toList());
    }

    private static String productType(Map<String, String> attributes) {
        return attributes.getOrDefault("product-type", DEFAULT_PRODUCT_TYPE);
    }

    private Map<String, Object> text(String value, String language) {
        return Map.of("value", value, "language_tag", language.replace('-', '_'), "marketplace_id", store.marketplaceId());
    }

    private List<Object> offer(Price price) {
        return List.of(Map.of("currency", price.currency(), "marketplace_id", store.marketplaceId(),
                "our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", price.amount()))))));
    }

    private static List<Object> availability(int quantity) {
        return List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", quantity));
    }
}
