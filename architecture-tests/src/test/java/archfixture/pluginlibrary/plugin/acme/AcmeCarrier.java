package archfixture.pluginlibrary.plugin.acme;

import archfixture.pluginlibrary.plugin.CarrierPlugin;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted: a plugin parsing with Jackson, which its class loader does not get from the host. */
public class AcmeCarrier implements CarrierPlugin {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String id() {
        return "acme";
    }
}
