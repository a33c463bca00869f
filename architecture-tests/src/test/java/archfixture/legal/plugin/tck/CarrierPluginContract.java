package archfixture.legal.plugin.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;

import archfixture.legal.plugin.CarrierPlugin;

public abstract class CarrierPluginContract {
    protected abstract CarrierPlugin plugin();

    public void id_is_not_blank() {
        assertFalse(plugin().id().isBlank());
    }
}
