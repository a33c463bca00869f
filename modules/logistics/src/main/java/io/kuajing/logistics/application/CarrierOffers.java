package io.kuajing.logistics.application;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierOffer;
import io.kuajing.logistics.domain.CarrierSelection;
import io.kuajing.logistics.domain.LegKind;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.RouteLeg;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Asks every candidate carrier of a leg for a quote at once (each bounded by the gateway's deadline, so one slow
 * carrier costs one deadline, not one per carrier) and ranks the answers.
 */
@Singleton
class CarrierOffers {

    private final CarrierGateway carriers;
    private final ExecutorService quoting;

    CarrierOffers(CarrierGateway carriers) {
        this.carriers = carriers;
        AtomicInteger n = new AtomicInteger();
        this.quoting = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "carrier-quote-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void close() {
        quoting.shutdownNow();
    }

    List<CarrierOffer> ranked(RouteLeg leg, Manifest manifest) {
        return ranked(leg.kind(), leg.budgetDays(), manifest);
    }

    /** Whether any loaded carrier serves the leg's lane and regime (no carrier is called). */
    boolean served(RouteLeg leg, Manifest manifest) {
        return !carriers.candidates(leg.kind(), manifest.from().country(), manifest.to().country(), manifest.regime()).isEmpty();
    }

    /** Candidates for the leg's lane (origin and destination countries of the manifest, its regime), quoted and ranked. */
    List<CarrierOffer> ranked(LegKind kind, int budgetDays, Manifest manifest) {
        var candidates = carriers.candidates(kind, manifest.from().country(), manifest.to().country(), manifest.regime());
        List<CompletableFuture<CarrierOffer>> futures = candidates.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> new CarrierOffer(c, carriers.quote(c, manifest).orElse(null)), quoting))
                .toList();
        List<CarrierOffer> offers = futures.stream().map(CompletableFuture::join).toList();
        return CarrierSelection.rank(offers, budgetDays);
    }
}
