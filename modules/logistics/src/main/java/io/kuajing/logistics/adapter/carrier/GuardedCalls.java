package io.kuajing.logistics.adapter.carrier;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.platform.CallTimings;
import io.kuajing.plugin.UnsupportedOperation;
import io.kuajing.plugin.carrier.CarrierError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugin code on its own threads with a deadline, a bulkhead and a circuit breaker per carrier, and turns
 * whatever the plugin does (throws, hangs, fails with a typed error) into a {@link CarrierFailure}. The calling
 * thread never waits longer than the deadline, and nothing a plugin throws escapes as anything else.
 */
final class GuardedCalls implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedCalls.class);
    /** The kind of failure where plugin code could not take the request's values: the caller's, never the carrier's. */
    static final String INVALID_INPUT = "INVALID_INPUT";

    private final CarrierCallSettings settings;
    private final Clock clock;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> bulkheads = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final CallTimings timings;

    GuardedCalls(CarrierCallSettings settings, Clock clock) {
        this(settings, clock, (target, operation, outcome, elapsed) -> { });
    }

    GuardedCalls(CarrierCallSettings settings, Clock clock, CallTimings timings) {
        this.settings = settings;
        this.clock = clock;
        this.timings = timings;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "carrier-call-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> T call(String carrierId, String operation, ClassLoader pluginLoader, Callable<T> body) {
        return call(carrierId, operation, pluginLoader, settings.getTimeout(), body);
    }

    <T> T call(String carrierId, String operation, ClassLoader pluginLoader, Duration timeout, Callable<T> body) {
        long started = System.nanoTime();
        String outcome = "OK";
        try {
            return call(carrierId, operation, pluginLoader, timeout, breaker(carrierId), body);
        } catch (CarrierFailure failure) {
            outcome = failure.kind();
            throw failure;
        } finally {
            timings.record(carrierId, operation, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Plugin code that does not reach the carrier (parsing a push the carrier sent us): deadline and bulkhead as
     * usual, but no circuit breaker — an unreadable push says nothing about whether the carrier's service is up, and
     * whoever sent it must not be able to cut the carrier off for everyone. Not timed as a carrier call either.
     */
    <T> T callLocal(String carrierId, String operation, ClassLoader pluginLoader, Callable<T> body) {
        return call(carrierId, operation, pluginLoader, settings.getTimeout(), null, body);
    }

    private <T> T call(String carrierId, String operation, ClassLoader pluginLoader, Duration timeout,
                       CircuitBreaker circuit, Callable<T> body) {
        // A local call gets a breaker of its own that never opens and that nobody reads: the same code path, no circuit.
        CircuitBreaker breaker = circuit == null ? new CircuitBreaker(Integer.MAX_VALUE, Duration.ZERO, clock) : circuit;
        if (!breaker.tryAcquire()) {
            throw new CarrierFailure(carrierId, "CIRCUIT_OPEN", true, null, operation + " refused: circuit open");
        }
        Semaphore bulkhead = bulkheads.computeIfAbsent(carrierId, id -> new Semaphore(settings.getMaxConcurrentCalls()));
        if (!bulkhead.tryAcquire()) {
            // Our own overload, not the carrier's failure: it never opens the circuit.
            throw new CarrierFailure(carrierId, "BULKHEAD_FULL", true, null, operation + " refused: too many calls in flight");
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                // JDK factories (XML, crypto providers) look up implementations through the context class loader.
                thread.setContextClassLoader(pluginLoader);
                try {
                    return body.call();
                } finally {
                    thread.setContextClassLoader(previous);
                    bulkhead.release();
                }
            });
        } catch (RuntimeException rejected) {
            bulkhead.release();
            throw new CarrierFailure(carrierId, "REJECTED", true, null, operation + " could not be scheduled");
        }
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            breaker.onSuccess();
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            breaker.onFailure("TIMEOUT");
            LOG.warn("carrier {} {} timed out after {}", carrierId, operation, timeout);
            throw new CarrierFailure(carrierId, "TIMEOUT", true, null, operation + " timed out after " + timeout);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CarrierFailure(carrierId, "INTERRUPTED", true, null, operation + " interrupted");
        } catch (ExecutionException e) {
            throw translate(carrierId, operation, breaker, e.getCause());
        }
    }

    private CarrierFailure translate(String carrierId, String operation, CircuitBreaker breaker, Throwable cause) {
        if (cause instanceof CarrierError error) {
            // A refused request proves the carrier is up; only failures of the carrier itself count against it.
            if (error.retryable() || error.kind() == CarrierError.Kind.AUTHENTICATION) {
                breaker.onFailure(error.kind().name());
            } else {
                breaker.onSuccess();
            }
            LOG.info("carrier {} {} failed: {}", carrierId, operation, error.getMessage());
            return new CarrierFailure(carrierId, error.kind().name(), error.retryable(), error.field(), operation + ": " + error.getMessage());
        }
        if (cause instanceof UnsupportedOperation unsupported) {
            breaker.onSuccess();
            return new CarrierFailure(carrierId, "UNSUPPORTED", false, null, operation + " unsupported: " + unsupported.capability());
        }
        if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
            // The plugin could not take this request's values (a number it cannot represent, a field it cannot map):
            // the request's fault, not the carrier's — the circuit neither opens nor closes on it.
            LOG.info("carrier {} {} refused the input: {}", carrierId, operation, cause.getClass().getSimpleName());
            return new CarrierFailure(carrierId, INVALID_INPUT, false, null, operation + ": the plugin could not take the request's values");
        }
        breaker.onFailure("PLUGIN_FAILURE");
        // A plugin bug: logged with its type only, its message may carry data the plugin should not have printed.
        LOG.error("carrier {} {} threw {}", carrierId, operation, cause == null ? "?" : cause.getClass().getName());
        return new CarrierFailure(carrierId, "PLUGIN_FAILURE", true, null, operation + " failed inside the plugin");
    }

    CircuitBreaker breaker(String carrierId) {
        return breakers.computeIfAbsent(carrierId,
                id -> new CircuitBreaker(settings.getFailureThreshold(), settings.getOpenFor(), clock));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
