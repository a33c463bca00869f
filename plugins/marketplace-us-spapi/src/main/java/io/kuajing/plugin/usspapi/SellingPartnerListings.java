package io.kuajing.plugin.usspapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Listings as the Listings Items API 2021-08-01 takes them on amazon.com: the put body (item name, offer, package
 * weight, availability), the JSON Patch of price and stock, and the submission answer as an {@link ItemResult}.
 * The US store's units: prices in USD to the cent, weights in pounds (converted from kg, rounded up to the
 * hundredth so the declared shipping weight is never below the real one).
 */
final class SellingPartnerListings {

    static final String MARKETPLACE = "ATVPDKIKX0DER";
    /** Amazon's generic product type, for a listing that names none in its {@code product-type} attribute. */
    static final String DEFAULT_PRODUCT_TYPE = "PRODUCT";

    private SellingPartnerListings() {
    }

    /** Why the store would refuse the listing before it is sent, or null when it can go. */
    static Message refusal(Listing listing) {
        Message price = priceRefusal(listing.sku(), listing.price());
        if (price != null) {
            return price;
        }
        if (listing.weightKg() == null) {
            return Message.error("missing-weight", listing.sku(), "amazon.com needs the package weight (item_package_weight)");
        }
        return null;
    }

    static Message priceRefusal(String sku, Price price) {
        if (price == null) {
            return null;
        }
        if (!"USD".equals(price.currency())) {
            return Message.error("currency-not-usd", sku, "amazon.com sells in USD, not " + price.currency()
                    + ": convert the price before publishing");
        }
        if (price.amount().signum() <= 0 || price.amount().stripTrailingZeros().scale() > 2) {
            return Message.error("bad-price", sku, "a US price is positive and in whole cents: " + price.amount());
        }
        return null;
    }

    static String putBody(Listing listing) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("item_name", List.of(text(listing.title(), listing.language())));
        if (listing.description() != null) {
            attributes.put("product_description", List.of(text(listing.description(), listing.language())));
        }
        attributes.put("purchasable_offer", offer(listing.price()));
        attributes.put("item_package_weight", List.of(Map.of("unit", "pounds", "value", pounds(listing.weightKg()),
                "marketplace_id", MARKETPLACE)));
        attributes.put("fulfillment_availability", availability(listing.stock()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productType", productType(listing.attributes()));
        body.put("requirements", "LISTING");
        body.put("attributes", attributes);
        return Json.write(body);
    }

    static String patchBody(PriceStockUpdate update) {
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

    /** One kilogram is 1 / 0.45359237 pounds (the pound's legal definition); rounded up to the hundredth. */
    static BigDecimal pounds(BigDecimal kilograms) {
        return new Weight(kilograms, WeightUnit.KILOGRAM).in(WeightUnit.POUND, 2);
    }

    /** A ListingsItemSubmissionResponse: ACCEPTED is an update of the item, INVALID a rejection with its issues. */
    static ItemResult result(String sku, String answer) {
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
            messages.add(Message.error("channel-refused", sku, "amazon.com answered " + status));
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

    private static Map<String, Object> text(String value, String language) {
        return Map.of("value", value, "language_tag", language.replace('-', '_'), "marketplace_id", MARKETPLACE);
    }

    private static List<Object> offer(Price price) {
        return List.of(Map.of("currency", price.currency(), "marketplace_id", MARKETPLACE,
                "our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", price.amount()))))));
    }

    private static List<Object> availability(int quantity) {
        return List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", quantity));
    }
}
