package archfixture.legal.kernel;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record Sku(String value) {
}
