package io.kuajing.app.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.kuajing.sandbox.CarrierSimulators;
import org.slf4j.LoggerFactory;

/**
 * In the {@code dev} environment the three carriers' simulated services start inside the JAR, as the customs
 * sandbox does, so an order placed on a laptop travels to the doorstep with nothing else running. They start before
 * the application context, because the carrier plugins read their settings (base URL, credentials) when they load.
 * {@code KUAJING_SANDBOX_DAY} (or {@code -Dkuajing.sandbox.day}) says how long one simulated day lasts in real time
 * (ISO-8601, default {@value #DEFAULT_DAY}: a direct-mail parcel, about five simulated days, arrives in a few
 * minutes). Carriers configured explicitly ({@code kuajing.plugins.settings.<id>.base-url}) are never replaced.
 */
public final class DevelopmentCarriers {

    static final String DAY = "kuajing.sandbox.day";
    static final String DEFAULT_DAY = "PT30S";

    private DevelopmentCarriers() {
    }

    /**
     * When this run is in the {@code dev} environment, starts the simulators and returns what the context needs: their
     * settings, and the workers paced to the simulated day ({@link SimulatedPace#watching}).
     */
    public static Optional<Map<String, Object>> startIfDevelopment() {
        if (!development() || configuredElsewhere()) {
            return Optional.empty();
        }
        Duration day = Duration.parse(setting(DAY, "KUAJING_SANDBOX_DAY", DEFAULT_DAY));
        CarrierSimulators carriers = CarrierSimulators.start(day);
        Runtime.getRuntime().addShutdownHook(new Thread(carriers::close, "carrier-sandbox-stop"));
        LoggerFactory.getLogger(DevelopmentCarriers.class).warn(
                "dev environment: the carriers' SIMULATED services run in this process (one simulated day = {}): {}",
                day, carriers.baseUrls());
        Map<String, Object> properties = new HashMap<>(carriers.settings());
        properties.putAll(SimulatedPace.watching(day));
        return Optional.of(properties);
    }

    private static boolean development() {
        String environments = setting("micronaut.environments", "MICRONAUT_ENVIRONMENTS", "");
        return Arrays.stream(environments.split(",")).map(String::strip).anyMatch("dev"::equals);
    }

    private static boolean configuredElsewhere() {
        return Map.of(CarrierSimulators.AEROLINK, "AEROLINK", CarrierSimulators.FENGCHI, "FENGCHI_EXPRESS",
                CarrierSimulators.POSTAL, "POSTAL_EMS").entrySet().stream().anyMatch(carrier ->
                System.getProperty("kuajing.plugins.settings." + carrier.getKey() + ".base-url") != null
                        || System.getenv("KUAJING_PLUGINS_SETTINGS_" + carrier.getValue() + "_BASE_URL") != null);
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
