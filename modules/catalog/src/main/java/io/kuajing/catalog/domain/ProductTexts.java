package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Which text each product field says today, and the one it said when last approved (the review queue's rows). */
@SecondaryPort
public interface ProductTexts {

    /** For each product: field -> {current key, previous key or null}. */
    Map<Sku, Map<TextField, TextRef>> of(Collection<Sku> skus);

    void write(Map<Sku, Map<TextField, TextRef>> changed, Instant now);

    /** A field's text today and, when it changed since an approval, the text it said then. */
    record TextRef(String key, String previousKey) {
    }
}
