package io.kuajing.app.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.export.GlobalSelling;
import io.kuajing.export.MarketplaceSelling;
import io.kuajing.export.NewListing;
import io.kuajing.export.OnboardVendor;
import io.kuajing.sandbox.CarrierSimulators;

/**
 * Two made-up Chinese vendors and their products, for the demo and the development run: their unified social credit
 * codes carry a correct GB 32100 check character, their customs codes the 10-character shape, and their products
 * real HS codes with a declared CNY value and weight, so they pass onboarding and customs' export schema as a
 * real vendor's would. Names and numbers are invented.
 */
public final class DemoVendors {

    /**
     * A product with what the demo asks for it: on amazon.com in dollars, on amazon.co.jp in yuan, which export
     * converts at the day's settlement rate into whole yen.
     */
    public record Product(NewListing listing, BigDecimal priceUsd, BigDecimal priceCny, int stock) {
    }

    /** The simulated Amazon stores the vendors sell on, with the country their buyers live in. */
    public enum Store {
        AMAZON_COM(CarrierSimulators.US_SELLING_PARTNER, "US", "amazon.com"),
        AMAZON_CO_JP(CarrierSimulators.JP_SELLING_PARTNER, "JP", "amazon.co.jp");

        private final String pluginId;
        private final String country;
        private final String site;

        Store(String pluginId, String country, String site) {
            this.pluginId = pluginId;
            this.country = country;
            this.site = site;
        }

        public String pluginId() {
            return pluginId;
        }

        public String country() {
            return country;
        }

        public String site() {
            return site;
        }

        MarketplaceSelling.Publication publication(Product product) {
            return this == AMAZON_COM
                    ? new MarketplaceSelling.Publication(product.priceUsd(), null, "USD", product.stock())
                    : new MarketplaceSelling.Publication(null, product.priceCny(), "JPY", product.stock());
        }
    }

    public record Vendor(OnboardVendor onboarding, List<Product> products) {

        /**
         * Onboards the vendor unless it is already (same USCC: the development run restarts on its database) and
         * lists its products (a listing is replaced by the same SKU again); returns the vendor id.
         */
        public String open(GlobalSelling selling) {
            String vendorId = selling.vendors().stream().filter(v -> v.uscc().equals(onboarding.uscc())).findFirst()
                    .map(io.kuajing.export.VendorView::vendorId)
                    .orElseGet(() -> selling.onboard(onboarding, "demo").vendorId());
            products.forEach(p -> selling.list(vendorId, p.listing()));
            return vendorId;
        }
    }

    /**
     * Opens every vendor ({@link Vendor#open}) and publishes its products on both stores (a publication is replaced by
     * the same one again); returns the SKUs published.
     */
    public static List<String> publishAll(GlobalSelling selling, MarketplaceSelling marketplaces) {
        List<String> skus = new ArrayList<>();
        for (Vendor vendor : ALL) {
            String vendorId = vendor.open(selling);
            for (Product product : vendor.products()) {
                for (Store store : Store.values()) {
                    marketplaces.publish(vendorId, product.listing().sku(), store.pluginId(), store.publication(product),
                            "demo");
                }
                skus.add(product.listing().sku());
            }
        }
        return skus;
    }

    public static final List<Vendor> ALL = List.of(
            new Vendor(new OnboardVendor("深圳市跨境示例电子有限公司", "91440300MA5FDEM01B", "4403960DM1",
                    new OnboardVendor.Settlement("中国银行深圳分行", "6217000099990001001", "USD")), List.of(
                    product("DEMO-PB-20K", "便携式充电宝 20000mAh", "8507600020", "120.00", "0.42", "25.99", "185.00", 200),
                    product("DEMO-EAR-BT", "蓝牙无线耳机", "8518300000", "60.00", "0.08", "19.99", "142.00", 300))),
            new Vendor(new OnboardVendor("杭州市示例茶业有限公司", "91330100MA2HDEM02U", "3301960DM2",
                    new OnboardVendor.Settlement("中国工商银行杭州分行", "6222020099990002002", "USD")), List.of(
                    product("DEMO-TEA-AJ", "安吉白茶 100克罐装", "0902109000", "65.00", "0.18", "18.99", "135.00", 150),
                    product("DEMO-TEA-250", "西湖龙井茶 250克罐装", "0902109000", "80.00", "0.35", "24.99", "178.00", 120))));

    private DemoVendors() {
    }

    private static Product product(String sku, String titleZh, String hsCode, String valueCny, String weightKg,
                                   String priceUsd, String priceCny, int stock) {
        return new Product(new NewListing(sku, titleZh, hsCode, new BigDecimal(valueCny), new BigDecimal(weightKg), false),
                new BigDecimal(priceUsd), new BigDecimal(priceCny), stock);
    }
}
