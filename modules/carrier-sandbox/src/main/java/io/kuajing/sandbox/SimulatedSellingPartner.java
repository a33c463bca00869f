package io.kuajing.sandbox;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.sandbox.SimulatorServer.Call;
import io.kuajing.sandbox.SimulatorServer.Reply;

/**
 * Amazon's Selling Partner API for one seller on one store, as its models in amzn/selling-partner-api-models
 * shape it: Listings Items 2021-08-01 (put, patch, get a listings item) and Orders v0 (getOrders by
 * {@code LastUpdatedAfter} with {@code NextToken} pages, getOrderItems, confirmShipment). Calls carry the access token
 * in {@code x-amz-access-token}; errors are the models' {@code ErrorList}. The store's own rules, which the models
 * leave to product type definitions, are its {@link SellingPartnerMarketplace}: amazon.com takes the offer in USD
 * to the cent and weights in pounds, amazon.co.jp in whole yen and kilograms.
 *
 * <p>Buyers are simulated too: {@link #placeOrder} is the checkout of the store front, and {@link #shipments} shows
 * what the seller confirmed, so a test can read back what reached the marketplace.
 */
public final class SimulatedSellingPartner {

    /** The US store's marketplace id (amazon.com), as SP-API names it. */
    public static final String US_MARKETPLACE = SellingPartnerMarketplace.US.marketplaceId();

    private static final String LISTINGS = "/listings/2021-08-01/items/";
    private static final String ORDERS = "/orders/v0/orders";
    private static final Set<String> REQUIREMENTS = Set.of("LISTING", "LISTING_PRODUCT_ONLY", "LISTING_OFFER_ONLY");
    private static final Set<String> PATCH_OPS = Set.of("add", "replace", "merge", "delete");
    /** Amazon's shipment-confirmation carrier codes the simulated store knows; "Other" needs a carrierName. */
    private static final Set<String> CARRIER_CODES = Set.of("USPS", "UPS", "FedEx", "DHL", "China Post", "SF Express",
            "Yun Express", "Other");

    private final Clock clock;
    private final SellingPartnerMarketplace marketplace;
    private final String marketplaceId;
    private final String sellerId;
    private final String accessToken;
    private final SellingPartnerStore store;

    SimulatedSellingPartner(Clock clock, SellingPartnerMarketplace marketplace, String sellerId, String accessToken) {
        this.clock = clock;
        this.marketplace = marketplace;
        this.marketplaceId = marketplace.marketplaceId();
        this.sellerId = sellerId;
        this.accessToken = accessToken;
        this.store = new SellingPartnerStore(clock, marketplace);
    }

    /** The store's rules: marketplace id, currency and its decimals, weight unit. */
    public SellingPartnerMarketplace marketplace() {
        return marketplace;
    }

    /**
     * A buyer's checkout on the store front: {@code quantity} of the listed {@code sku} shipped to {@code country},
     * fulfilled by the seller (MFN) or, when {@code fulfilledByAmazon}, from Amazon's warehouse (AFN). Takes the stock
     * from the listing's fulfillment availability; returns the AmazonOrderId.
     */
    public String placeOrder(String sku, int quantity, String country, boolean fulfilledByAmazon) {
        return placeOrder(sku, quantity, SellingPartnerStore.sampleAddress(country), fulfilledByAmazon);
    }

    /**
     * The same checkout by a buyer at {@code shippingAddress} (the Orders API's Address fields: Name, AddressLine1,
     * AddressLine2, City, StateOrRegion, PostalCode, CountryCode, Phone), which the seller reads with getOrderAddress.
     */
    public String placeOrder(String sku, int quantity, Map<String, String> shippingAddress, boolean fulfilledByAmazon) {
        return store.placeOrder(sku, quantity, shippingAddress, fulfilledByAmazon ? "AFN" : "MFN");
    }

    /** The shipment confirmations the seller sent for an order, as {@code packageDetail} objects. */
    public List<Map<String, Object>> shipments(String amazonOrderId) {
        return store.shipments(amazonOrderId);
    }

    Reply answer(Call call) {
        String token = call.header("x-amz-access-token");
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                accessToken.getBytes(StandardCharsets.UTF_8))) {
            return errors(403, "Unauthorized", "Access to requested resource is denied.");
        }
        try {
            return route(call);
        } catch (PlainJson.Unreadable e) {
            return errors(400, "InvalidInput", "The request body is not JSON.");
        } catch (Refused e) {
            return errors(e.status, e.code, e.getMessage());
        }
    }

    private Reply route(Call call) {
        String path = call.path();
        if (path.startsWith(LISTINGS + sellerId + "/")) {
            String sku = URLDecoder.decode(path.substring((LISTINGS + sellerId + "/").length()), StandardCharsets.UTF_8);
            if (!marketplaceId.equals(call.parameter("marketplaceIds"))) {
                throw new Refused(400, "InvalidInput", "marketplaceIds must be " + marketplaceId);
            }
            return switch (call.method()) {
                case "PUT" -> putListing(sku, PlainJson.object(PlainJson.parse(call.body())));
                case "PATCH" -> patchListing(sku, PlainJson.object(PlainJson.parse(call.body())));
                case "GET" -> getListing(sku, call.parameter("includedData"));
                default -> errors(405, "MethodNotAllowed", call.method());
            };
        }
        if (path.startsWith(LISTINGS)) {
            return errors(403, "Unauthorized", "Access to requested resource is denied.");
        }
        if (path.equals(ORDERS) && call.method().equals("GET")) {
            return getOrders(call);
        }
        String[] parts = path.split("/");
        if (parts.length == 6 && path.startsWith(ORDERS + "/") && parts[5].equals("orderItems") && call.method().equals("GET")) {
            return json(200, Map.of("payload", store.orderItems(parts[4])));
        }
        if (parts.length == 6 && path.startsWith(ORDERS + "/") && parts[5].equals("address") && call.method().equals("GET")) {
            return json(200, Map.of("payload", store.orderAddress(parts[4])));
        }
        if (parts.length == 6 && path.startsWith(ORDERS + "/") && parts[5].equals("shipmentConfirmation")
                && call.method().equals("POST")) {
            confirmShipment(parts[4], PlainJson.object(PlainJson.parse(call.body())));
            return Reply.empty(204);
        }
        return errors(404, "NotFound", "Resource not found.");
    }

    private Reply putListing(String sku, Map<String, Object> body) {
        if (body == null || !(body.get("productType") instanceof String productType)
                || PlainJson.object(body.get("attributes")) == null) {
            throw new Refused(400, "InvalidInput", "productType and attributes are required");
        }
        if (body.containsKey("requirements") && !REQUIREMENTS.contains(String.valueOf(body.get("requirements")))) {
            throw new Refused(400, "InvalidInput", "requirements is one of " + REQUIREMENTS);
        }
        Map<String, Object> attributes = PlainJson.object(body.get("attributes"));
        List<Map<String, Object>> issues = new ArrayList<>();
        if (!hasValue(attributes, "item_name")) {
            issues.add(issue("90220", "'item_name' is required but not supplied.", "item_name", "MISSING_ATTRIBUTE"));
        }
        issues.addAll(offerIssues(attributes.get("purchasable_offer")));
        issues.addAll(weightIssues(attributes.get("item_package_weight")));
        issues.addAll(availabilityIssues(attributes.get("fulfillment_availability")));
        String submission = store.submissionId();
        if (!issues.isEmpty()) {
            return json(200, submission(sku, "INVALID", submission, issues));
        }
        store.putListing(sku, productType, attributes);
        return json(200, submission(sku, "ACCEPTED", submission, List.of()));
    }

    private Reply patchListing(String sku, Map<String, Object> body) {
        List<Object> patches = body == null ? null : PlainJson.array(body.get("patches"));
        if (!(body != null && body.get("productType") instanceof String) || patches == null || patches.isEmpty()) {
            throw new Refused(400, "InvalidInput", "productType and at least one patch are required");
        }
        List<Map<String, Object>> issues = new ArrayList<>();
        Map<String, Object> changes = new LinkedHashMap<>();
        for (Object p : patches) {
            Map<String, Object> patch = PlainJson.object(p);
            if (patch == null || !PATCH_OPS.contains(String.valueOf(patch.get("op"))) || !(patch.get("path") instanceof String path)) {
                throw new Refused(400, "InvalidInput", "a patch has op (" + PATCH_OPS + ") and path");
            }
            String attribute = path.startsWith("/attributes/") ? path.substring("/attributes/".length()) : "";
            switch (attribute) {
                case "purchasable_offer" -> issues.addAll(offerIssues(patch.get("value")));
                case "fulfillment_availability" -> issues.addAll(availabilityIssues(patch.get("value")));
                default -> issues.add(issue("4000003", "The simulated store patches only purchasable_offer and "
                        + "fulfillment_availability, not " + path, attribute, "INVALID_ATTRIBUTE"));
            }
            changes.put(attribute, "delete".equals(patch.get("op")) ? null : patch.get("value"));
        }
        if (!store.listed(sku)) {
            issues.add(issue("4000001", "The SKU " + sku + " is not listed.", "sku", "INVALID_ATTRIBUTE"));
        }
        String submission = store.submissionId();
        if (!issues.isEmpty()) {
            return json(200, submission(sku, "INVALID", submission, issues));
        }
        store.patchListing(sku, changes);
        return json(200, submission(sku, "ACCEPTED", submission, List.of()));
    }

    private Reply getListing(String sku, String includedData) {
        Set<String> included = Set.of((includedData == null ? "summaries" : includedData).split(","));
        return store.item(sku, marketplaceId, included).map(item -> json(200, item))
                .orElseGet(() -> errors(404, "NOT_FOUND", "SKU '" + sku + "' not found in marketplace " + marketplaceId));
    }

    private Reply getOrders(Call call) {
        if (!call.parameters("MarketplaceIds").contains(marketplaceId)) {
            throw new Refused(400, "InvalidInput", "MarketplaceIds must contain " + marketplaceId);
        }
        String nextToken = call.parameter("NextToken");
        if (nextToken != null) {
            return json(200, Map.of("payload", store.ordersPage(nextToken)));
        }
        String after = call.parameter("LastUpdatedAfter");
        if (after == null) {
            // The model: "Either the CreatedAfter parameter or the LastUpdatedAfter parameter is required"; the
            // simulated store serves the second, the one a poller of changes uses.
            throw new Refused(400, "InvalidInput", "LastUpdatedAfter is required");
        }
        String before = call.parameter("LastUpdatedBefore");
        String max = call.parameter("MaxResultsPerPage");
        int perPage;
        try {
            perPage = max == null ? 100 : Integer.parseInt(max);
        } catch (NumberFormatException e) {
            perPage = 0;
        }
        if (perPage < 1 || perPage > 100) {
            throw new Refused(400, "InvalidInput", "MaxResultsPerPage must be 1 - 100");
        }
        Instant until = before == null ? clock.instant().minus(2, ChronoUnit.MINUTES) : instant(before, "LastUpdatedBefore");
        return json(200, Map.of("payload", store.orders(instant(after, "LastUpdatedAfter"), until, perPage)));
    }

    private void confirmShipment(String orderId, Map<String, Object> body) {
        Map<String, Object> detail = body == null ? null : PlainJson.object(body.get("packageDetail"));
        if (!marketplaceId.equals(body == null ? null : body.get("marketplaceId")) || detail == null) {
            throw new Refused(400, "InvalidInput", "marketplaceId " + marketplaceId + " and packageDetail are required");
        }
        for (String field : List.of("packageReferenceId", "carrierCode", "trackingNumber", "shipDate")) {
            if (!(detail.get(field) instanceof String value) || value.isBlank()) {
                throw new Refused(400, "InvalidInput", "packageDetail." + field + " is required");
            }
        }
        if (!((String) detail.get("packageReferenceId")).matches("[1-9][0-9]{0,8}")) {
            // The model: "Only positive numeric values are supported."
            throw new Refused(400, "InvalidInput", "packageDetail.packageReferenceId is a positive number");
        }
        String carrier = (String) detail.get("carrierCode");
        if (!CARRIER_CODES.contains(carrier) || carrier.equals("Other") && !(detail.get("carrierName") instanceof String)) {
            throw new Refused(400, "InvalidInput", "carrierCode is one of " + CARRIER_CODES + " (Other with carrierName)");
        }
        instant((String) detail.get("shipDate"), "packageDetail.shipDate");
        List<Object> items = PlainJson.array(detail.get("orderItems"));
        if (items == null || items.isEmpty()) {
            throw new Refused(400, "InvalidInput", "packageDetail.orderItems is required");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (Object i : items) {
            Map<String, Object> item = PlainJson.object(i);
            if (item == null || !(item.get("orderItemId") instanceof String id) || !(item.get("quantity") instanceof BigDecimal q)
                    || q.signum() <= 0 || q.stripTrailingZeros().scale() > 0) {
                throw new Refused(400, "InvalidInput", "an order item has orderItemId and a positive whole quantity");
            }
            quantities.put(id, q.intValueExact());
        }
        store.confirm(orderId, detail, quantities);
    }

    private List<Map<String, Object>> offerIssues(Object value) {
        Map<String, Object> offer = PlainJson.first(value);
        BigDecimal price = offer == null ? null : amount(PlainJson.first(PlainJson.array(PlainJson.first(offer.get("our_price")) == null ? null
                : PlainJson.first(offer.get("our_price")).get("schedule"))));
        if (offer == null || price == null || price.signum() <= 0
                || price.stripTrailingZeros().scale() > marketplace.currencyScale()) {
            return List.of(issue("90220", "'purchasable_offer.our_price' is required: a positive price with at most "
                    + marketplace.currencyScale() + " decimals (" + marketplace.currency() + ").",
                    "purchasable_offer", "MISSING_PRICE"));
        }
        if (!marketplace.currency().equals(offer.get("currency")) || !marketplaceId.equals(offer.get("marketplace_id"))) {
            return List.of(issue("4000002", "The " + marketplace.salesChannel() + " store sells in "
                    + marketplace.currency() + ": purchasable_offer needs currency " + marketplace.currency()
                    + " and marketplace_id " + marketplaceId + ".", "purchasable_offer", "INVALID_PRICE"));
        }
        return List.of();
    }

    private List<Map<String, Object>> weightIssues(Object value) {
        Map<String, Object> weight = PlainJson.first(value);
        if (weight == null) {
            return List.of(issue("90220", "'item_package_weight' is required but not supplied.", "item_package_weight",
                    "MISSING_ATTRIBUTE"));
        }
        if (!marketplace.weightUnit().equals(weight.get("unit")) || !(weight.get("value") instanceof BigDecimal v)
                || v.signum() <= 0) {
            return List.of(issue("4000004", "The " + marketplace.salesChannel() + " store takes item_package_weight as "
                    + "a positive value in " + marketplace.weightUnit() + ".", "item_package_weight", "INVALID_ATTRIBUTE"));
        }
        return List.of();
    }

    private static List<Map<String, Object>> availabilityIssues(Object value) {
        if (value == null) {
            return List.of();
        }
        Map<String, Object> availability = PlainJson.first(value);
        if (availability == null || !(availability.get("fulfillment_channel_code") instanceof String)
                || !(availability.get("quantity") instanceof BigDecimal q) || q.signum() < 0 || q.stripTrailingZeros().scale() > 0) {
            return List.of(issue("4000005", "fulfillment_availability has fulfillment_channel_code and a whole "
                    + "quantity of 0 or more.", "fulfillment_availability", "INVALID_ATTRIBUTE"));
        }
        return List.of();
    }

    private static boolean hasValue(Map<String, Object> attributes, String name) {
        Map<String, Object> first = PlainJson.first(attributes.get(name));
        return first != null && first.get("value") instanceof String text && !text.isBlank();
    }

    private static BigDecimal amount(Map<String, Object> schedule) {
        return schedule != null && schedule.get("value_with_tax") instanceof BigDecimal v ? v : null;
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused(400, "InvalidInput", field + " is an ISO 8601 date-time");
        }
    }

    private static Map<String, Object> issue(String code, String message, String attribute, String category) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("code", code);
        issue.put("message", message);
        issue.put("severity", "ERROR");
        issue.put("attributeNames", List.of(attribute));
        issue.put("categories", List.of(category));
        return issue;
    }

    private static Map<String, Object> submission(String sku, String status, String submissionId,
                                                  List<Map<String, Object>> issues) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sku", sku);
        answer.put("status", status);
        answer.put("submissionId", submissionId);
        answer.put("issues", issues);
        return answer;
    }

    private static Reply json(int status, Object body) {
        return Reply.text(status, "application/json", PlainJson.write(body));
    }

    private static Reply errors(int status, String code, String message) {
        return json(status, Map.of("errors", List.of(Map.of("code", code, "message", message))));
    }

    /** A call the store refuses as a whole, answered as the models' ErrorList. */
    static final class Refused extends RuntimeException {

        private final int status;
        private final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
