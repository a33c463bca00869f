package io.kuajing.sandbox;

/**
 * The rules an Amazon store keeps that the Selling Partner API models leave to it, as the simulated store enforces
 * them: its marketplace id, the sales channel its orders name, the currency and how many decimals a price has there,
 * the unit package weights are given in, and how its order ids begin. These are Amazon's facts, written here on
 * Amazon's side on purpose: the simulator does not share the plugins' client code, so a mistake there is caught
 * here, not repeated (ADR 0032).
 */
public record SellingPartnerMarketplace(String marketplaceId, String salesChannel, String currency, int currencyScale,
                                        String weightUnit, String orderIdPrefix) {

    /** amazon.com: USD to the cent, pounds. */
    public static final SellingPartnerMarketplace US = new SellingPartnerMarketplace("ATVPDKIKX0DER", "Amazon.com", "USD",
            2, "pounds", "113");
    /** amazon.co.jp: whole yen, kilograms. */
    public static final SellingPartnerMarketplace JAPAN = new SellingPartnerMarketplace("A1VC38T7YXB528", "Amazon.co.jp",
            "JPY", 0, "kilograms", "249");
}
