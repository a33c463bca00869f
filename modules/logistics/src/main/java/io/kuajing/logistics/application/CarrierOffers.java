package io.kuajing.logistics.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.domain.CarrierCandidate;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierOffer;
import io.kuajing.logistics.domain.CarrierSelection;
import io.kuajing.logistics.domain.LegKind;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.RouteLeg;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Asks every candidate carrier of a leg for a quote at once (each bounded by the gateway's deadline, so one slow
 * carrier costs one deadline, not one per carrier) and ranks the answers.
 */
@Singleton
class CarrierOffers {

    /** Lanes and parcel classes remembered at most; past it they are all asked again. */
    static final int CACHED_QUOTES = 10_000;

    private final CarrierGateway carriers;
    private final ExecutorService quoting;
    private final long quoteTtlNanos;
    private final Map<ParcelClass, Quoted> quotes = new ConcurrentHashMap<>();

    CarrierOffers(CarrierGateway carriers, @Value("${kuajing.logistics.quote-cache-ttl:10m}") Duration quoteTtl) {
        this.carriers = carriers;
        this.quoteTtlNanos = quoteTtl.toNanos();
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
        return remembered(leg.kind(), leg.budgetDays(), manifest, true);
    }

    /**
     * Candidates for a shipment's leg, ranked for booking: from the same remembered quotes as the checkout that
     * promised the freight (a booking pays what the carrier answers it, so the ranking only picks whom to ask
     * first, and a carrier down since is failed fast by its circuit and the next one asked). A carrier that cannot
     * take the values is left unquoted.
     */
    List<CarrierOffer> ranked(LegKind kind, int budgetDays, Manifest manifest) {
        return remembered(kind, budgetDays, manifest, false);
    }

    private List<CarrierOffer> remembered(LegKind kind, int budgetDays, Manifest manifest, boolean inputIsTheAskers) {
        ParcelClass key = new ParcelClass(kind, budgetDays, manifest.from().country(), manifest.from().divisionCode(),
                manifest.to().country(), manifest.to().divisionCode(), manifest.regime(), manifest.grossWeightGrams());
        long now = System.nanoTime();
        Quoted cached = quotes.get(key);
        if (cached != null && now - cached.expiresAt() < 0) {
            return cached.offers();
        }
        List<CarrierOffer> offers = ranked(kind, budgetDays, manifest, inputIsTheAskers);
        // Only complete answers are kept: a carrier that failed, timed out or could not take the values is asked
        // again next time, so an outage is never remembered as "no price" once the carrier is back.
        if (!offers.isEmpty() && offers.stream().allMatch(o -> o.price() != null)) {
            if (quotes.size() >= CACHED_QUOTES) {
                quotes.clear();
            }
            quotes.put(key, new Quoted(now + quoteTtlNanos, offers));
        }
        return offers;
    }

    /**
     * What a carrier's price depends on (docs/adr/0020): the leg and lane (origin and destination country and
     * division), the customs regime and the parcel's billed weight. A basket's freight is asked for at every
     * checkout and product page; carriers change their tariffs a few times a year, so a quote holds for
     * {@code kuajing.logistics.quote-cache-ttl}. The booking itself is priced afresh by the carrier's answer to it.
     */
    private record ParcelClass(LegKind kind, int budgetDays, String fromCountry, String fromDivision, String toCountry,
                               String toDivision, Regime regime, long grams) {
    }

    private record Quoted(long expiresAt, List<CarrierOffer> offers) {
    }

    /** Whether any loaded carrier serves the leg's lane and regime (no carrier is called). */
    boolean served(RouteLeg leg, Manifest manifest) {
        return !carriers.candidates(leg.kind(), manifest.from().country(), manifest.to().country(), manifest.regime()).isEmpty();
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
