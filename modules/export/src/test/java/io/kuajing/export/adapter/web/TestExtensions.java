package io.kuajing.export.adapter.web;

import java.util.List;

import io.kuajing.platform.Extensions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The app's plugin registry stand-in in export's tests: one sales channel, {@link FakeChannel}. */
@Singleton
@Requires(env = "test")
class TestExtensions implements Extensions {

    final FakeChannel channel = new FakeChannel();

    @Override
    public <T> List<T> all(Class<T> spi) {
        return spi.isInstance(channel) ? List.of(spi.cast(channel)) : List.of();
    }
}
