package io.kuajing.catalog.adapter.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.domain.DeliveryPromises;
import io.kuajing.catalog.domain.LandedPricing;
import io.kuajing.catalog.domain.ModeQuote;
import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.PositiveList;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.catalog.domain.ProductOptions;
import io.kuajing.catalog.domain.TaxQuotes;
import io.kuajing.catalog.domain.Warehouse;
import io.kuajing.catalog.domain.WarehouseType;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Fulfilment modes and landed prices with the shipped reference data and the customs module's rules. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandedPricingTest implements WithTestDatabase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final ReferenceSettings settings = ReferenceDataTest.shipped();

    @Inject
    PositiveList positiveList;

    @Inject
    TaxQuotes taxQuotes;

    @Inject
    DeliveryPromises promises;

    LandedPricing pricing;

    @BeforeAll
    void pricing() {
        pricing = new LandedPricing(positiveList, new CsvFxRates(settings), taxQuotes, new CsvFreightEstimates(settings),
                promises);
    }

    static Product product(String hs) {
        ProductIdentity identity = ProductIdentity.of("us", "B0A", null);
        return new Product(identity.sku(), identity, "us", "B0A", "Formula", null, "en-US", null, null, null,
                hs == null ? null : HsCode.of(hs), 953, null);
    }

    static Offer offer(Product p, String warehouse, WarehouseType type, String amount, String currency, int stock) {
        return new Offer(new OfferKey("us", "B0A", "S1", warehouse), p.sku(), null, Money.of(amount, currency), stock,
                new Warehouse(warehouse, CountryCode.of(type == WarehouseType.OVERSEAS ? "US" : "CN"), type));
    }

    static List<Offer> everywhere(Product p) {
        return List.of(offer(p, "ONT8", WarehouseType.OVERSEAS, "24.99", "USD", 5),
                offer(p, "KJ-NB-BONDED", WarehouseType.BONDED, "26.10", "USD", 5),
                offer(p, "KJ-SH-DC1", WarehouseType.DOMESTIC, "27.00", "USD", 5));
    }

    @Test
    void aListedProductStockedEverywhereCanTakeAllThreeModes() {
        Product p = product("1901101000");
        assertEquals(List.of(FulfilmentMode.DIRECT_PURCHASE, FulfilmentMode.DIRECT_MAIL, FulfilmentMode.FLASH_PURCHASE),
                pricing.options(p, everywhere(p), TODAY).quotes().stream().map(ModeQuote::mode).sorted().toList());
    }

    @Test
    void aProductOffThePositiveListIsDirectPurchaseOnly() {
        Product p = product("3004909099");
        ProductOptions options = pricing.options(p, everywhere(p), TODAY);
        assertEquals(List.of(FulfilmentMode.DIRECT_PURCHASE), options.availableModes());
        assertEquals(Map.of(FulfilmentMode.DIRECT_MAIL, "not-on-positive-list",
                FulfilmentMode.FLASH_PURCHASE, "not-on-positive-list"), options.unavailable());
    }

    @Test
    void anUnclassifiedProductIsDirectPurchaseOnlyAndWithoutDomesticStockNotSellable() {
        Product p = product(null);
        assertEquals(List.of(), pricing.options(p, List.of(everywhere(p).get(0)), TODAY).availableModes());
    }

    @Test
    void aBondedOnlyLineNeverGoesByDirectMail() {
        Product p = product("2106909090");
        assertEquals(List.of(FulfilmentMode.DIRECT_PURCHASE, FulfilmentMode.FLASH_PURCHASE),
                pricing.options(p, everywhere(p), TODAY).availableModes().stream().sorted().toList());
    }

    @Test
    void outOfStockOffersDoNotMakeAModeAvailable() {
        Product p = product("1901101000");
        ProductOptions options = pricing.options(p, List.of(offer(p, "ONT8", WarehouseType.OVERSEAS, "24.99", "USD", 0)), TODAY);
        assertEquals(List.of(), options.availableModes());
        assertEquals("no-stock", options.unavailable().get(FulfilmentMode.DIRECT_MAIL));
    }

    @Test
    void theDirectMailLandedPriceIsGoodsPlusFreightPlusCbecTax() {
        Product p = product("1901101000");
        ModeQuote quote = pricing.options(p, everywhere(p), TODAY).quote(FulfilmentMode.DIRECT_MAIL).orElseThrow();
        assertEquals(Money.cny("177.56"), quote.goods(), "24.99 USD x 7.1052 = 177.558948");
        assertEquals(Money.cny("80.00"), quote.freight(), "953 g from the US: 58 + 22");
        assertEquals(Money.cny("23.44"), quote.tax().total(), "(177.56 + 80.00) x 13% x 70% = 23.43796");
        assertEquals(Money.cny("281.00"), quote.total());
        assertEquals(LocalDate.of(2026, 12, 1), quote.promise().earliest(), "logistics: Monday's dispatch + 6 China working days");
        assertEquals(LocalDate.of(2026, 12, 3), quote.promise().latest());
        assertEquals("海外直邮 6-8 个工作日送达", quote.promise().wording());
    }

    @Test
    void aWarehouseLogisticsDoesNotKnowCannotBePromisedSoItsModeIsNotOffered() {
        Product p = product("1901101000");
        ProductOptions options = pricing.options(p, List.of(offer(p, "ZZZ9", WarehouseType.OVERSEAS, "24.99", "USD", 5)), TODAY);
        assertEquals(List.of(), options.availableModes());
        assertEquals("no-delivery-promise", options.unavailable().get(FulfilmentMode.DIRECT_MAIL));
    }

    @Test
    void theCheapestOfferServingAModeIsTheOnePriced() {
        Product p = product("1901101000");
        List<Offer> offers = List.of(offer(p, "ONT8", WarehouseType.OVERSEAS, "24.99", "USD", 5),
                new Offer(new OfferKey("jp", "JP-1", "J1", "NRT5"), p.sku(), null, Money.of("2980", "JPY"), 5,
                        new Warehouse("NRT5", CountryCode.of("JP"), WarehouseType.OVERSEAS)));
        ModeQuote quote = pricing.options(p, offers, TODAY).quote(FulfilmentMode.DIRECT_MAIL).orElseThrow();
        assertEquals("jp", quote.offer().marketplace(), "2980 JPY = 138.78 CNY beats 177.56");
        assertEquals(Money.cny("138.78"), quote.goods());
    }
}
