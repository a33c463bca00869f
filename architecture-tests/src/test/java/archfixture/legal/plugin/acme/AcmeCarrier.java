package archfixture.legal.plugin.acme;

import archfixture.legal.plugin.CarrierPlugin;
import java.net.URI;
import java.util.Map;

public class AcmeCarrier implements CarrierPlugin {
    private final Map<String, URI> endpoints = Map.of("rates", URI.create("https://acme.example/rates"));
    private final int timeoutSeconds = 5;
    private final long[] retries = {1, 2};

    @Override
    public String id() {
        return "acme" + endpoints.size() + timeoutSeconds + retries.length;
    }
}
