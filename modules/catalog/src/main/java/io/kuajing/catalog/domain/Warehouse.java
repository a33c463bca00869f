package io.kuajing.catalog.domain;

import java.util.Objects;

import io.kuajing.kernel.CountryCode;
import org.jmolecules.ddd.annotation.ValueObject;

/** The warehouse an offer ships from, as the marketplace names it. */
@ValueObject
public record Warehouse(String code, CountryCode country, WarehouseType type) {

    public Warehouse {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
    }
}
