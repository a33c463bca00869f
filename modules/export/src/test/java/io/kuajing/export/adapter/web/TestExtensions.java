package io.kuajing.export.adapter.web;

import java.util.List;

import io.kuajing.platform.Extensions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The app's plugin registry stand-in in export's tests: one sales channel, {@link FakeChannel}, and
 * one outbound carrier, {@link FakeCarrier}. */
@Singleton
@Requires(env = "test")
class TestExtensions implements Extensions {

    final FakeChannel channel = new FakeChannel();
    final FakeCarrier carrier = new FakeCarrier();

    @Override
    public <T> List<T> all(Class<T> spi) {
        return java.util.stream.Stream.of(channel, carrier).filter(spi::isInstance).map(spi::cast).toList();
    }
}
