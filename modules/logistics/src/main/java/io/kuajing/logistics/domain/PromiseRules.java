package io.kuajing.logistics.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import io.kuajing.kernel.FulfilmentMode;

/** Promised delivery windows per fulfilment mode in working days, and the port where direct mail is cleared (promises.properties). */
public record PromiseRules(Map<FulfilmentMode, int[]> windows, String portWarehouseId) {

    public static PromiseRules parse(Properties p) {
        Map<FulfilmentMode, int[]> windows = new EnumMap<>(FulfilmentMode.class);
        for (FulfilmentMode mode : FulfilmentMode.values()) {
            String value = p.getProperty(mode.name());
            if (value == null || !value.matches("\\d+-\\d+")) {
                throw new IllegalArgumentException("promises: " + mode + " needs <min>-<max>, got " + value);
            }
            String[] parts = value.split("-");
            int min = Integer.parseInt(parts[0]);
            int max = Integer.parseInt(parts[1]);
            if (min > max) {
                throw new IllegalArgumentException("promises: " + mode + " min above max");
            }
            windows.put(mode, new int[] {min, max});
        }
        return new PromiseRules(windows, p.getProperty("port.warehouse"));
    }

    public int min(FulfilmentMode mode) {
        return windows.get(mode)[0];
    }

    public int max(FulfilmentMode mode) {
        return windows.get(mode)[1];
    }
}
