package io.kuajing.logistics.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/** A warehouse with its address (company premises, not personal data), time zone and daily cut-off for same-day dispatch. */
@Entity
public record Warehouse(@Identity String id, WarehouseKind kind, String name, Place address, ZoneId zone, LocalTime cutOff) {

    public Warehouse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cutOff, "cutOff");
    }

    public boolean inChina() {
        return "CN".equals(address.country());
    }
}
