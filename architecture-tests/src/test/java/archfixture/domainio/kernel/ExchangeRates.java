package archfixture.domainio.kernel;

import java.io.FileReader;
import java.io.IOException;
import java.net.URL;

/** Planted: the kernel fetching rates over the network and from a local file. */
public class ExchangeRates {
    public Object fetch(String address) throws IOException {
        return new URL(address).openStream();
    }

    public Object local(String name) throws IOException {
        return new FileReader(name);
    }
}
