package io.kuajing.logistics.adapter.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.plugin.Capability;
import io.kuajing.plugin.UnsupportedOperation;
import io.kuajing.plugin.carrier.CarrierError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedCallsTest {

    private final CarrierCallSettings settings = new CarrierCallSettings();
    private final GuardedCalls calls;

    GuardedCallsTest() {
        settings.setTimeout(Duration.ofMillis(200));
        settings.setFailureThreshold(2);
        settings.setMaxConcurrentCalls(2);
        calls = new GuardedCalls(settings, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        calls.close();
    }

    @Test
    void aHangingCarrierTimesOutWithoutHoldingUpAnother() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Object> hanging = CompletableFuture.supplyAsync(() -> assertThrows(CarrierFailure.class,
                () -> calls.call("hangs", "rate", getClass().getClassLoader(), () -> {
                    Thread.sleep(60_000);
                    return "never";
                })));
        assertEquals("ok", calls.call("healthy", "rate", getClass().getClassLoader(), () -> "ok"));
        CarrierFailure f = (CarrierFailure) hanging.get(5, TimeUnit.SECONDS);
        assertEquals("TIMEOUT", f.kind());
        assertTrue(f.retryable());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_000, "bounded by the deadline");
    }

    @Test
    void whateverAPluginThrowsBecomesACarrierFailure() {
        CarrierFailure bug = assertThrows(CarrierFailure.class, () -> calls.call("buggy", "rate", getClass().getClassLoader(), () -> {
            throw new NoClassDefFoundError("com/example/Missing");
        }));
        assertEquals("PLUGIN_FAILURE", bug.kind());
        CarrierFailure typed = assertThrows(CarrierFailure.class, () -> calls.call("typed", "ship", getClass().getClassLoader(), () -> {
            throw new CarrierError(CarrierError.Kind.ADDRESS_REJECTED, "no", "shipTo", "8013", null);
        }));
        assertEquals("ADDRESS_REJECTED", typed.kind());
        assertFalse(typed.retryable());
        assertEquals("shipTo", typed.field());
        CarrierFailure unsupported = assertThrows(CarrierFailure.class, () -> calls.call("typed", "cancel", getClass().getClassLoader(), () -> {
            throw new UnsupportedOperation("typed", Capability.CANCEL);
        }));
        assertEquals("UNSUPPORTED", unsupported.kind());
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndLaterCallsFailFast() {
        for (int i = 0; i < 2; i++) {
            assertThrows(CarrierFailure.class, () -> calls.call("down", "rate", getClass().getClassLoader(), () -> {
                throw new CarrierError(CarrierError.Kind.SERVICE_UNAVAILABLE, "503");
            }));
        }
        CarrierFailure open = assertThrows(CarrierFailure.class, () -> calls.call("down", "rate", getClass().getClassLoader(), () -> "ok"));
        assertEquals("CIRCUIT_OPEN", open.kind());
    }

    @Test
    void theCallRunsWithThePluginsClassLoaderAsContext() {
        ClassLoader pluginLoader = new ClassLoader(getClass().getClassLoader()) { };
        assertEquals(pluginLoader, calls.call("c", "rate", pluginLoader, () -> Thread.currentThread().getContextClassLoader()));
    }
}
