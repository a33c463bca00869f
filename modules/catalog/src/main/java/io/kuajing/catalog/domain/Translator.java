package io.kuajing.catalog.domain;

import java.util.Collection;
import java.util.Map;

import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * zh-CN presentation of products. The default adapter reads the operators' translations table and marks the rest
 * untranslated; a machine-translation adapter could fill gaps behind the same port.
 */
@SecondaryPort
public interface Translator {

    /** A presentation for every product given, translated or not. */
    Map<Sku, Presentation> present(Collection<Product> products);
}
