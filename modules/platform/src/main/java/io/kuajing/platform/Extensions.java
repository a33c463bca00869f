package io.kuajing.platform;

import java.util.List;

/**
 * The plugin implementations the app loaded from its plugin folder, for the secondary adapters that bridge a
 * plugin SPI to a domain port. Plugins are loaded once at start; a plugin that failed to load is not here.
 */
public interface Extensions {

    /** Every loaded implementation of {@code spi}, in plugin-id order. */
    <T> List<T> all(Class<T> spi);
}
