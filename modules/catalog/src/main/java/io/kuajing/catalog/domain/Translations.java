package io.kuajing.catalog.domain;

import java.time.Instant;

import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The operators' zh-CN translations. */
@SecondaryPort
public interface Translations {

    void put(Sku sku, String title, String description, String translatedBy, Instant now);
}
