package io.kuajing.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.catalog.OfferPriceChanged;
import io.kuajing.catalog.OfferOutOfStock;
import io.kuajing.catalog.ProductListed;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.Service;
import org.jmolecules.event.types.DomainEvent;

/**
 * Turns one page of a marketplace feed into catalogue changes against what the catalogue already knows. Pure: the
 * same page against the same state always gives the same plan, and a page already imported gives an empty one.
 *
 * <p>Rules: a listing whose product data is bad (no title, malformed HS code, over-long fields) is rejected whole;
 * a bad offer is rejected alone and the listing's other offers are kept. Only the listing that first brought a
 * product updates its description; other listings with the same GTIN (on this or another marketplace) add offers
 * to it. Otherwise two listings would overwrite each other on every run and no re-import would be a no-op.
 */
@Service
public final class CatalogImport {

    static final int MAX_REF = 100;
    static final int MAX_TITLE = 500;
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_CODE = 64;

    private CatalogImport() {
    }

    public static PagePlan plan(String marketplace, FeedPage page, KnownState known, Instant now) {
        List<Product> products = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>(page.rejections());
        Map<String, KnownState.KnownProduct> productsSoFar = new HashMap<>(known.products());
        Map<OfferKey, Offer> offersSoFar = new HashMap<>(known.offers());
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long rejectedListings = 0;

        for (SourceListing listing : page.listings()) {
            Product product;
            try {
                product = product(marketplace, listing, productsSoFar);
            } catch (IllegalArgumentException e) {
                rejections.add(new Rejection(listing.externalRef(), code(e), e.getMessage()));
                rejectedListings++;
                continue;
            }
            boolean isNew = false;
            boolean isChanged = false;
            KnownState.KnownProduct before = productsSoFar.get(product.identity().key());
            if (before == null) {
                products.add(product);
                events.add(new ProductListed(product.sku().value(), marketplace, listing.externalRef(), product.title(),
                        product.hsCode() == null ? null : product.hsCode().value(), now));
                isNew = true;
                productsSoFar.put(product.identity().key(), new KnownState.KnownProduct(product.sku(), marketplace,
                        listing.externalRef(), product.contentHash()));
            } else if (before.ownedBy(marketplace, listing.externalRef())
                    && !before.contentHash().equals(product.contentHash())) {
                products.add(product);
                isChanged = true;
                productsSoFar.put(product.identity().key(), new KnownState.KnownProduct(product.sku(), marketplace,
                        listing.externalRef(), product.contentHash()));
            }

            for (SourceOffer source : listing.offers()) {
                Offer offer;
                try {
                    offer = offer(marketplace, product.sku(), source);
                } catch (IllegalArgumentException e) {
                    rejections.add(new Rejection(source.externalRef(), code(e), e.getMessage()));
                    continue;
                }
                Offer previous = offersSoFar.put(offer.key(), offer);
                if (previous == null) {
                    offers.add(offer);
                    isNew = true;
                } else if (!previous.equals(offer)) {
                    offers.add(offer);
                    isChanged = true;
                    changeEvents(previous, offer, now, events);
                }
            }
            if (isNew) {
                created++;
            } else if (isChanged) {
                updated++;
            } else {
                unchanged++;
            }
        }
        long seen = page.listings().size() + page.unreadableRows();
        return new PagePlan(products, offers, events, rejections,
                new ImportProgress(seen, created, updated, unchanged, rejections.size()));
    }

    /** The identity a listing's product has: what to look up before planning its page. */
    public static ProductIdentity identityOf(String marketplace, SourceListing listing) {
        return ProductIdentity.of(marketplace, listing.externalRef(),
                ProductIdentity.isValidGtin(listing.gtin()) ? listing.gtin() : null);
    }

    /** The keys of the offers a page brings, valid or not: what a run has seen of the marketplace. */
    public static Set<OfferKey> offerKeys(String marketplace, FeedPage page) {
        Set<OfferKey> keys = new HashSet<>();
        for (SourceListing listing : page.listings()) {
            for (SourceOffer offer : listing.offers()) {
                if (offer.externalRef() != null && offer.sellerId() != null && offer.warehouseCode() != null) {
                    keys.add(new OfferKey(marketplace, offer.externalRef(), offer.sellerId(), offer.warehouseCode()));
                }
            }
        }
        return keys;
    }

    /**
     * After a complete walk: offers in stock that the marketplace no longer reports are out of stock (stock 0, one
     * {@link OfferOutOfStock} each). Never after a failed walk, which did not see everything.
     */
    public static PagePlan withdraw(List<Offer> inStock, Set<OfferKey> seen, Instant now) {
        List<Offer> withdrawn = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (Offer offer : inStock) {
            if (offer.inStock() && !seen.contains(offer.key())) {
                Offer gone = new Offer(offer.key(), offer.sku(), offer.sellerName(), offer.price(), 0, offer.warehouse());
                withdrawn.add(gone);
                changeEvents(offer, gone, now, events);
            }
        }
        return new PagePlan(List.of(), withdrawn, events, List.of(),
                new ImportProgress(0, 0, 0, 0, 0, withdrawn.size()));
    }

    private static Product product(String marketplace, SourceListing listing, Map<String, KnownState.KnownProduct> known) {
        require(listing.externalRef(), MAX_REF, "external-ref", "external ref");
        require(listing.title(), MAX_TITLE, "title", "title");
        require(listing.language(), 35, "language", "language");
        limit(listing.brand(), MAX_NAME, "brand");
        limit(listing.category(), MAX_NAME, "category");
        limit(listing.description(), MAX_DESCRIPTION, "description");
        HsCode hsCode = null;
        if (listing.hsCode() != null && !listing.hsCode().isBlank()) {
            try {
                hsCode = HsCode.of(listing.hsCode());
            } catch (IllegalArgumentException e) {
                throw new ImportRuleBroken("bad-hs-code", "HS code must be 8 or 10 digits, got " + listing.hsCode());
            }
        }
        if (listing.weightGrams() != null && listing.weightGrams() <= 0) {
            throw new ImportRuleBroken("bad-weight", "weight must be positive, got " + listing.weightGrams());
        }
        String gtin = ProductIdentity.isValidGtin(listing.gtin()) ? listing.gtin() : null;
        CountryCode origin = null;
        if (listing.countryOfOrigin() != null && !listing.countryOfOrigin().isBlank()) {
            try {
                origin = CountryCode.of(listing.countryOfOrigin());
            } catch (IllegalArgumentException e) {
                throw new ImportRuleBroken("bad-origin", "country of origin: " + e.getMessage());
            }
        }
        ProductIdentity identity = identityOf(marketplace, listing);
        KnownState.KnownProduct existing = known.get(identity.key());
        // A SKU, once given, never changes: an existing product keeps the SKU it was stored under.
        Sku sku = existing != null ? existing.sku() : identity.sku();
        return new Product(sku, identity, marketplace, listing.externalRef(), listing.title().strip(),
                listing.description(), listing.language(), listing.brand(), listing.category(), gtin, hsCode,
                listing.weightGrams(), origin);
    }

    private static Offer offer(String marketplace, Sku sku, SourceOffer source) {
        require(source.sellerId(), MAX_CODE, "seller", "seller id");
        require(source.warehouseCode(), MAX_CODE, "warehouse", "warehouse code");
        limit(source.sellerName(), MAX_NAME, "seller name");
        if (source.amount() == null || source.amount().signum() <= 0) {
            throw new ImportRuleBroken("zero-price", "an offer needs a positive price, got " + source.amount());
        }
        if (source.amount().compareTo(new BigDecimal("1000000000")) >= 0) {
            throw new ImportRuleBroken("bad-price", "price out of range: " + source.amount());
        }
        Currency currency;
        try {
            currency = Currency.getInstance(source.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ImportRuleBroken("bad-currency", "not an ISO 4217 currency: " + source.currency());
        }
        if (currency.getDefaultFractionDigits() < 0) {
            // XXX, XAU and friends are ISO codes but no money: they have no minor unit to round to.
            throw new ImportRuleBroken("bad-currency", "not a currency goods are priced in: " + source.currency());
        }
        if (source.amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            // 1280.5 JPY is bad data, not a price to round silently: yen have no minor unit.
            throw new ImportRuleBroken("bad-price", source.amount().toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows");
        }
        if (source.stock() < 0) {
            throw new ImportRuleBroken("bad-stock", "stock is never negative, got " + source.stock());
        }
        CountryCode country;
        try {
            country = CountryCode.of(source.warehouseCountry());
        } catch (IllegalArgumentException e) {
            throw new ImportRuleBroken("bad-warehouse", e.getMessage());
        }
        if (source.warehouseType() == null) {
            throw new ImportRuleBroken("bad-warehouse", "warehouse type missing for " + source.warehouseCode());
        }
        OfferKey key = new OfferKey(marketplace, source.externalRef(), source.sellerId(), source.warehouseCode());
        return new Offer(key, sku, source.sellerName(), new Money(source.amount(), currency), source.stock(),
                new Warehouse(source.warehouseCode(), country, source.warehouseType()));
    }

    private static void changeEvents(Offer before, Offer after, Instant now, List<DomainEvent> events) {
        OfferKey key = after.key();
        if (!before.price().equals(after.price())) {
            events.add(new OfferPriceChanged(after.sku().value(), key.marketplace(), key.externalRef(), key.sellerId(),
                    key.warehouseCode(), before.price().amount(), before.price().currency().getCurrencyCode(),
                    after.price().amount(), after.price().currency().getCurrencyCode(), now));
        }
        if (before.inStock() && !after.inStock()) {
            events.add(new OfferOutOfStock(after.sku().value(), key.marketplace(), key.externalRef(), key.sellerId(),
                    key.warehouseCode(), now));
        }
    }

    private static void require(String value, int max, String code, String what) {
        if (value == null || value.isBlank()) {
            throw new ImportRuleBroken("missing-" + code, what + " is required");
        }
        limit(value, max, what);
    }

    private static void limit(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new ImportRuleBroken("too-long", what + " longer than " + max + " characters");
        }
    }

    private static String code(IllegalArgumentException e) {
        return e instanceof ImportRuleBroken broken ? broken.code : "bad-row";
    }

    /** A broken import rule, with its stable code. */
    private static final class ImportRuleBroken extends IllegalArgumentException {
        private final String code;

        ImportRuleBroken(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
