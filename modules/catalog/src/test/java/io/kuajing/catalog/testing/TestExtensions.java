package io.kuajing.catalog.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.platform.Extensions;
import jakarta.inject.Singleton;

/** The app's plugin registry stand-in: tests register the marketplace plugins their context should see. */
@Singleton
public class TestExtensions implements Extensions {

    private final List<Object> plugins = new CopyOnWriteArrayList<>();

    public void register(Object plugin) {
        plugins.add(plugin);
    }

    @Override
    public <T> List<T> all(Class<T> spi) {
        return plugins.stream().filter(spi::isInstance).map(spi::cast).toList();
    }
}
