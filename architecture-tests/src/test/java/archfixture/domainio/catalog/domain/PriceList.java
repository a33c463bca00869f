package archfixture.domainio.catalog.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Planted: a domain type reading a file itself instead of being handed its contents through a port. */
public class PriceList {
    public String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
