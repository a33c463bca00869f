package io.kuajing.catalog;

import java.util.List;

/** A source marketplace the catalogue can import from: a loaded marketplace plugin with the SOURCE role. */
public record SourceMarketplace(String id, String name, String version, List<String> sites) {

    public SourceMarketplace {
        sites = List.copyOf(sites);
    }
}
