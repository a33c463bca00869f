package io.kuajing.sandbox;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three reference carriers' remote services, simulated in this process on 127.0.0.1: AeroLink (air line haul),
 * Fengchi Express (last mile) and the post office (EMS); beside them the US and Japanese marketplaces' Selling Partner
 * API (amazon.com, amazon.co.jp), where vendors' listings are published and buyers' orders come from. Start them, give the app {@link #settings()}, and the real
 * plugin JARs book, label, cancel and track against them with no internet, while parcels travel in
 * {@link SimulatedClock simulated time}.
 *
 * <pre>{@code
 * try (CarrierSimulators carriers = CarrierSimulators.start(Duration.ofSeconds(2))) {  // a day every 2 s
 *     ApplicationContext.run(carriers.settings());
 * }
 * }</pre>
 */
public final class CarrierSimulators implements AutoCloseable {

    /** The plugin ids, as they key {@code kuajing.plugins.settings.<id>.*}. */
    public static final String AEROLINK = "aerolink";
    public static final String FENGCHI = "fengchi-express";
    public static final String POSTAL = "postal-ems";
    /** The US marketplace's selling side (Amazon's Selling Partner API), for global selling's export orders. */
    public static final String US_SELLING_PARTNER = "us-spapi";
    /** The Japanese marketplace's selling side (amazon.co.jp through the Selling Partner API): whole yen, kilograms. */
    public static final String JP_SELLING_PARTNER = "jp-spapi";
    /** A Tmall-like Chinese storefront (Taobao Open Platform-shaped), where imported goods are sold in Chinese. */
    public static final String CN_MALL = "cn-mall";

    private final SimulatedClock clock;
    private final Map<String, SimulatedSellingPartner> sellingPartners;
    private final SimulatedCnMall cnMall;
    private final Map<String, SimulatorServer> servers;
    private final Map<String, Map<String, String>> pluginSettings;

    private CarrierSimulators(SimulatedClock clock, Map<String, SimulatedSellingPartner> sellingPartners,
                              SimulatedCnMall cnMall, Map<String, SimulatorServer> servers,
                              Map<String, Map<String, String>> pluginSettings) {
        this.clock = clock;
        this.sellingPartners = sellingPartners;
        this.cnMall = cnMall;
        this.servers = servers;
        this.pluginSettings = pluginSettings;
    }

    /** Starts the three carriers with simulated time running one day per {@code perDay} of real time. */
    public static CarrierSimulators start(Duration perDay) {
        // Only the parcels' trips are accelerated: the marketplace sells in real time, so orders pulled from it are
        // dated as the app's own clock expects (an order sold "next month" would be refused as from the future).
        return start(SimulatedClock.accelerated(perDay), Clock.systemUTC());
    }

    /** Starts the three carriers on {@code clock} (e.g. {@link SimulatedClock#manual()} to move time by hand). */
    public static CarrierSimulators start(SimulatedClock clock) {
        return start(clock, clock);
    }

    private static CarrierSimulators start(SimulatedClock clock, Clock marketplaceClock) {
        // Fresh credentials on every start: they only have to match between the simulators and the settings handed out.
        String apiKey = "al_demo_" + random();
        String checkWord = "fc_demo_" + random();
        String secretKey = "ems_demo_" + random();
        String accessToken = "Atza|demo_" + random();
        String japaneseAccessToken = "Atza|demo_" + random();
        Map<String, SimulatedSellingPartner> sellingPartners = Map.of(
                US_SELLING_PARTNER, new SimulatedSellingPartner(marketplaceClock, SellingPartnerMarketplace.US, "A2KJDEMOSELLER", accessToken),
                JP_SELLING_PARTNER, new SimulatedSellingPartner(marketplaceClock, SellingPartnerMarketplace.JAPAN, "A3KJDEMOSELLER",
                        japaneseAccessToken));
        String appSecret = "cn_demo_" + random();
        String session = "6100demo" + random();
        var cnMall = new SimulatedCnMall(marketplaceClock, "12345678", appSecret, session);
        Map<String, SimulatorServer> servers = new LinkedHashMap<>();
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        try {
            var aerolink = new SimulatedAeroLink(clock, apiKey, "KJ-DEMO");
            servers.put(AEROLINK, SimulatorServer.start("AeroLink", aerolink::answer));
            settings.put(AEROLINK, Map.of("api-key", apiKey, "account", "KJ-DEMO", "customs-code", "3120980042"));

            var fengchi = new SimulatedFengchi(clock, "KJ_DEMO_PARTNER", checkWord, "0210000001");
            servers.put(FENGCHI, SimulatorServer.start("Fengchi", fengchi::answer));
            settings.put(FENGCHI, Map.of("partner-id", "KJ_DEMO_PARTNER", "check-word", checkWord,
                    "monthly-account", "0210000001", "customs-code", "31209600FC"));

            var post = new SimulatedPostOffice(clock, "KJDEMO1", secretKey);
            servers.put(POSTAL, SimulatorServer.start("post office", post::answer));
            settings.put(POSTAL, Map.of("customer-code", "KJDEMO1", "secret-key", secretKey));

            servers.put(US_SELLING_PARTNER, SimulatorServer.start("Selling Partner API (amazon.com)",
                    sellingPartners.get(US_SELLING_PARTNER)::answer));
            settings.put(US_SELLING_PARTNER, Map.of("seller-id", "A2KJDEMOSELLER", "access-token", accessToken));

            servers.put(JP_SELLING_PARTNER, SimulatorServer.start("Selling Partner API (amazon.co.jp)",
                    sellingPartners.get(JP_SELLING_PARTNER)::answer));
            settings.put(JP_SELLING_PARTNER, Map.of("seller-id", "A3KJDEMOSELLER", "access-token", japaneseAccessToken));

            servers.put(CN_MALL, SimulatorServer.start("cn-mall (TOP-shaped)", cnMall::answer));
            settings.put(CN_MALL, Map.of("app-key", "12345678", "app-secret", appSecret, "session", session));
        } catch (RuntimeException e) {
            servers.values().forEach(SimulatorServer::close);
            throw e;
        }
        Map<String, Map<String, String>> withUrls = new LinkedHashMap<>();
        settings.forEach((id, values) -> {
            Map<String, String> all = new LinkedHashMap<>(values);
            all.put("base-url", servers.get(id).baseUrl().toString());
            withUrls.put(id, Map.copyOf(all));
        });
        return new CarrierSimulators(clock, sellingPartners, cnMall, Map.copyOf(servers), Map.copyOf(withUrls));
    }

    /** Each carrier's base URL (http://127.0.0.1:port), by plugin id. */
    public Map<String, URI> baseUrls() {
        Map<String, URI> urls = new LinkedHashMap<>();
        pluginSettings.keySet().stream().sorted().forEach(id -> urls.put(id, servers.get(id).baseUrl()));
        return urls;
    }

    /**
     * The app properties pointing each plugin at its simulator: {@code kuajing.plugins.settings.<id>.base-url},
     * credentials and account codes, every setting each plugin requires.
     */
    public Map<String, String> settings() {
        Map<String, String> properties = new LinkedHashMap<>();
        pluginSettings.keySet().stream().sorted().forEach(id -> pluginSettings.get(id).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> properties.put("kuajing.plugins.settings." + id + "." + e.getKey(), e.getValue())));
        return properties;
    }

    /** One plugin's own settings (keys without the prefix), as its {@code PluginContext} would hold them. */
    public Map<String, String> settingsOf(String pluginId) {
        Map<String, String> settings = pluginSettings.get(pluginId);
        if (settings == null) {
            throw new IllegalArgumentException("no simulated carrier " + pluginId);
        }
        return settings;
    }

    /** The simulated US store's buyers and what sellers confirmed to it (its API is at {@link #baseUrls()}). */
    public SimulatedSellingPartner sellingPartner() {
        return sellingPartner(US_SELLING_PARTNER);
    }

    /** The simulated store of a channel plugin id ({@link #US_SELLING_PARTNER}, {@link #JP_SELLING_PARTNER}). */
    public SimulatedSellingPartner sellingPartner(String pluginId) {
        SimulatedSellingPartner store = sellingPartners.get(pluginId);
        if (store == null) {
            throw new IllegalArgumentException("no simulated store " + pluginId);
        }
        return store;
    }

    /** The simulated Chinese storefront's buyers and items (its TOP-shaped API is at {@link #baseUrls()}). */
    public SimulatedCnMall cnMall() {
        return cnMall;
    }

    /** The carriers' simulated time; {@link SimulatedClock#advance} moves every parcel on. */
    public SimulatedClock clock() {
        return clock;
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        servers.values().forEach(server -> {
            try {
                server.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    @Override
    public String toString() {
        // Credentials stay out: this may well be logged.
        return "CarrierSimulators" + baseUrls() + " " + clock;
    }

    private static String random() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
