package io.kuajing.customs.domain.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ports of entry (ports.csv), by customs code. */
public final class PortsOfEntry {

    private final Map<String, PortOfEntry> byCode = new LinkedHashMap<>();

    public PortsOfEntry(List<PortOfEntry> ports) {
        ports.forEach(p -> byCode.put(p.customsCode(), p));
    }

    public Optional<PortOfEntry> byCode(String customsCode) {
        return Optional.ofNullable(byCode.get(customsCode));
    }

    public List<PortOfEntry> all() {
        return List.copyOf(byCode.values());
    }

    public static PortsOfEntry from(Csv csv) {
        return new PortsOfEntry(csv.rows().stream().map(r -> new PortOfEntry(r.required("customs_code"),
                r.required("name"), r.required("name_zh"), r.flag("bonded_pilot"))).toList());
    }
}
