package io.kuajing.logistics.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The warehouse directory, from the {@code warehouses.csv} reference data. */
public final class Warehouses {

    private final Map<String, Warehouse> byId;

    public Warehouses(List<Warehouse> warehouses) {
        Map<String, Warehouse> map = new LinkedHashMap<>();
        warehouses.forEach(w -> {
            if (map.put(w.id(), w) != null) {
                throw new IllegalArgumentException("warehouse listed twice: " + w.id());
            }
        });
        this.byId = Map.copyOf(map);
    }

    /** Reads CSV lines: id,kind,name,country,division_code,province,city,street,postal_code,phone,zone,cut_off (a header and # comments skipped). */
    public static Warehouses parse(List<String> lines) {
        List<Warehouse> list = lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("id,"))
                .map(l -> {
                    String[] f = l.split(",", -1);
                    if (f.length != 12) {
                        throw new IllegalArgumentException("warehouse line needs 12 fields: " + l);
                    }
                    Place address = new Place(f[2], f[9], f[3], f[4].isEmpty() ? null : f[4], f[5], f[6], null, f[7], f[8]);
                    return new Warehouse(f[0], WarehouseKind.valueOf(f[1]), f[2], address, ZoneId.of(f[10]), LocalTime.parse(f[11]));
                }).toList();
        return new Warehouses(list);
    }

    public Optional<Warehouse> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Warehouse> all() {
        return List.copyOf(byId.values());
    }
}
