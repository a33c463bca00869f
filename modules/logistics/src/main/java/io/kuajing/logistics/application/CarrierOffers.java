package io.kuajing.logistics.application;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.domain.CarrierCandidate;
import io.kuajing.logistics.domain.CarrierFailure;
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

    /**
     * A delivery question's leg, quoted and ranked. A carrier whose plugin cannot take the question's values refuses
     * the question: {@code lines} / {@code carrier-input} (422), the asker's to fix, and nothing against the carrier.
     */
    List<CarrierOffer> ranked(RouteLeg leg, Manifest manifest) {
        return ranked(leg.kind(), leg.budgetDays(), manifest, true);
    }

    /** Whether any loaded carrier serves the leg's lane and regime (no carrier is called). */
    boolean served(RouteLeg leg, Manifest manifest) {
        return !carriers.candidates(leg.kind(), manifest.from().country(), manifest.to().country(), manifest.regime()).isEmpty();
    }

    /** Candidates for the leg's lane (origin and destination countries of the manifest, its regime), quoted and ranked. */
    List<CarrierOffer> ranked(LegKind kind, int budgetDays, Manifest manifest) {
        return ranked(kind, budgetDays, manifest, false);
    }

    /** {@code inputIsTheAskers}: a plugin refusing the values refuses the question; else that carrier is unquoted. */
    private List<CarrierOffer> ranked(LegKind kind, int budgetDays, Manifest manifest, boolean inputIsTheAskers) {
        var candidates = carriers.candidates(kind, manifest.from().country(), manifest.to().country(), manifest.regime());
        List<CompletableFuture<CarrierOffer>> futures = candidates.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> offer(c, manifest, inputIsTheAskers), quoting))
                .toList();
        List<CarrierOffer> offers = new java.util.ArrayList<>();
        for (CompletableFuture<CarrierOffer> future : futures) {
            try {
                offers.add(future.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return CarrierSelection.rank(offers, budgetDays);
    }

    private CarrierOffer offer(CarrierCandidate candidate, Manifest manifest, boolean inputIsTheAskers) {
        try {
            return new CarrierOffer(candidate, carriers.quote(candidate, manifest).orElse(null));
        } catch (CarrierFailure refusedInput) {
            if (inputIsTheAskers) {
                throw new RuleViolation("lines", "carrier-input", "carrier " + candidate.carrierId()
                        + " cannot price these values; check quantities, weights and prices");
            }
            return new CarrierOffer(candidate, null);
        }
    }
}
