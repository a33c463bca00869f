package io.kuajing.logistics.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.ShipmentException;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.logistics.domain.Booking;
import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierOffer;
import io.kuajing.logistics.domain.Checkpoint;
import io.kuajing.logistics.domain.Milestone;
import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.ShipmentQueue;
import io.kuajing.logistics.domain.ShipmentStore;
import io.kuajing.logistics.domain.TrackingEntry;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working shipments: the worker's rounds claim due shipments from the queue and book, track, cancel or call the
 * courier for each. Carrier calls run outside any transaction; a round's answers are saved, with their events, in one.
 * Carriers' tracking pushes land here too.
 */
@Singleton
class WorkingShipments implements TrackingPushes {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingShipments.class);

    private final ShipmentStore store;
    private final ShipmentQueue queue;
    private final CarrierGateway carriers;
    private final CarrierOffers offers;
    private final Outbox outbox;
    private final Transactions transactions;
    private final LogisticsSettings settings;
    private final Clock clock;
    private final ExecutorService workers;
    private final ApplicationEventPublisher<ShipmentsDue> due;

    WorkingShipments(ShipmentStore store, ShipmentQueue queue, CarrierGateway carriers, CarrierOffers offers,
                     Outbox outbox, Transactions transactions, LogisticsSettings settings, Clock clock,
                     ApplicationEventPublisher<ShipmentsDue> due) {
        this.store = store;
        this.queue = queue;
        this.carriers = carriers;
        this.offers = offers;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.due = due;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.getConcurrency(), r -> {
            Thread t = new Thread(r, "shipment-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /**
     * Claims due shipments (SKIP LOCKED, so instances share the work), reads them in the same transaction, books or
     * tracks each, then saves what the carriers answered for the whole batch in one transaction. @return how many were
     * worked on
     */
    public int runDue() {
        Instant now = clock.instant();
        // No more than the threads start soon: a row waiting long in the queue would outlive its lease.
        int claim = Math.min(settings.getBatchSize(), 2 * settings.getConcurrency());
        // Read with the claim: the rows are this transaction's (locked, then leased) while it reads them, and a read of
        // its own per shipment cost a transaction each, two per order (issue #13).
        List<Working> claimed = transactions.write(() -> working(queue.claimDue(now, now.plus(settings.getLease()), claim)));
        // Each claimed row is leased to this instance and independent of the others: work on several at once, so
        // one slow carrier call does not hold up the others' calls; save their answers once all are done.
        List<Future<List<Answer>>> running = claimed.stream().map(w -> workers.submit(() -> workSafely(w))).toList();
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> one : running) {
            try {
                answers.addAll(one.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(f -> f.cancel(true));
                break;
            } catch (ExecutionException e) {
                LOG.warn("shipment work failed: {}", e.getCause().toString());
            }
        }
        save(answers);
        return claimed.size();
    }

    /** The claimed shipments and, for those whose next step depends on it, whether customs released their orders. */
    private List<Working> working(List<String> ids) {
        List<Shipment> claimed = store.byIds(ids);
        // A release is never taken back, so a "not yet" read here only means the courier is called at a later poll.
        Set<String> released = store.released(claimed.stream()
                .filter(s -> s.leavesOnRelease() || s.awaitsCourierCall()).map(Shipment::orderId).distinct().toList());
        return claimed.stream().map(s -> new Working(s, released.contains(s.orderId()))).toList();
    }

    /** What the carriers answered for one shipment, so far as it got: the answers before a failure are kept. */
    private List<Answer> workSafely(Working w) {
        List<Answer> answers = new ArrayList<>();
        try {
            work(w, answers);
        } catch (RuntimeException e) {
            // One shipment's trouble must not starve the others; its lease runs out and it is tried again.
            LOG.warn("shipment {} could not be worked on: {}", w.shipment().id(), e.toString());
        }
        return answers;
    }

    private void work(Working w, List<Answer> answers) {
        Shipment s = w.shipment();
        if (s.status() == ShipmentStatus.CANCELLING) {
            cancelWithCarrier(s, answers);
        } else if (s.status() == ShipmentStatus.PLANNED) {
            startIfHandedOver(s.id()).ifPresent(started -> book(started.shipment(), started.released(), answers));
        } else if (s.status() == ShipmentStatus.BOOKING) {
            book(s, w.released(), answers);
        } else if (s.waybillNumber() != null && !s.status().isFinal()) {
            if (s.awaitsCourierCall()) {
                callCourierOnRelease(s, w.released(), answers);
            }
            poll(s, answers);
        }
    }

    /** A shipment as read for its next step, with whether customs had released its order then. */
    private record Working(Shipment shipment, boolean released) {
    }

    /**
     * What a carrier's answer changes on its shipment, applied to the shipment as locked when the answer is saved (in
     * the caller's transaction, which may run it again after a deadlock: it only changes the shipment and publishes).
     */
    private record Answer(String shipmentId, Consumer<Shipment> change) {
    }

    /**
     * Saves a batch's answers in one transaction, under the row locks of all their shipments (taken in one statement,
     * in key order) and with one update per shipment. The carriers were called before: a crash before this commit
     * calls them again once the leases run out, which booking (its idempotency key), tracking (replays ignored) and
     * the courier call (not repeated once the parcel was scanned) bear. Should the batch fail for one shipment, each
     * answer is saved alone, so the others' answers are not lost with it.
     */
    private void save(List<Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        Map<String, List<Answer>> byShipment = answers.stream()
                .collect(Collectors.groupingBy(Answer::shipmentId, LinkedHashMap::new, Collectors.toList()));
        try {
            transactions.write(() -> {
                List<Shipment> locked = store.lockByIds(List.copyOf(byShipment.keySet()));
                if (locked.size() != byShipment.size()) {
                    throw new IllegalStateException("answers for shipments no longer stored: " + byShipment.keySet());
                }
                locked.forEach(s -> change(s, byShipment.get(s.id())));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("{} shipments' carrier answers could not be saved together ({}), saving each alone", byShipment.size(), e.toString());
            byShipment.forEach((id, ones) -> {
                try {
                    transactions.write(() -> {
                        change(store.lockById(id).orElseThrow(), ones);
                        return null;
                    });
                } catch (RuntimeException one) {
                    LOG.warn("shipment {}: carrier answer not saved, asked again when its lease runs out: {}", id, one.toString());
                }
            });
        }
    }

    private void change(Shipment locked, List<Answer> answers) {
        answers.forEach(a -> a.change().accept(locked));
        store.update(locked);
    }

    /**
     * Starts a planned leg once the parcel is handed over (and released), under the leg's row lock: a hand-over or
     * release committed meanwhile nudges the row after this transaction, so the news is never missed for long.
     */
    private Optional<Working> startIfHandedOver(String id) {
        return transactions.write(() -> {
            Shipment locked = store.lockById(id).orElseThrow();
            boolean released = store.released(locked.orderId());
            if (!locked.mayStart(store.byOrder(locked.orderId()), released)) {
                if (locked.status() == ShipmentStatus.PLANNED) {
                    locked.keepWaiting(clock.instant().plus(settings.getPollInterval()));
                    store.update(locked);
                }
                return Optional.empty();
            }
            locked.start(clock.instant().plus(settings.getLease()));
            store.update(locked);
            LOG.info("shipment {}: parcel handed over for leg {}, booking a carrier", id, locked.legNumber());
            return Optional.of(new Working(locked, released));
        });
    }

    /**
     * The order was cancelled before this parcel moved: the carrier cancels the waybill; a passing failure is tried
     * again at the next poll; too late, or refused for good, the parcel is followed as before and operations told.
     */
    private void cancelWithCarrier(Shipment s, List<Answer> answers) {
        try {
            carriers.cancel(s.carrierId(), s.waybillNumber());
        } catch (CarrierFailure f) {
            if (f.retryable()) {
                LOG.info("shipment {}: {} could not cancel {} ({}), asking again later", s.id(), s.carrierId(), s.waybillNumber(), f.kind());
                answers.add(new Answer(s.id(), locked -> locked.keepWaiting(clock.instant().plus(settings.getPollInterval()))));
                return;
            }
            answers.add(new Answer(s.id(), locked -> {
                locked.cancellationTooLate(clock.instant());
                // Too late (the parcel left) or refused for good: it is followed as before, and operations told.
                outbox.publish(new ShipmentException(locked.orderId(), locked.id(), locked.carrierId(), locked.waybillNumber(),
                        "CANCEL_" + f.kind(), "the order was cancelled but the carrier could not cancel the waybill", clock.instant()));
            }));
            return;
        }
        answers.add(new Answer(s.id(), Shipment::carrierCancelled));
        LOG.info("shipment {}: waybill {} cancelled with {}", s.id(), s.waybillNumber(), s.carrierId());
    }

    /**
     * A bonded parcel's courier is called once customs released its goods; until then the parcel stays under bond.
     * A carrier that cannot take the call now is asked again at the next poll.
     */
    private void callCourierOnRelease(Shipment s, boolean released, List<Answer> answers) {
        if (!released) {
            return;
        }
        if (s.history().stream().anyMatch(t -> t.checkpoint() != Checkpoint.PENDING)) {
            // Scanned already: an earlier call reached the carrier though its answer was lost. Not called twice.
            answers.add(new Answer(s.id(), WorkingShipments::courierCalled));
            return;
        }
        try {
            carriers.callCourier(s.carrierId(), s.waybillNumber(), s.manifest().from(), ChinaTime.today(clock));
        } catch (CarrierFailure f) {
            if (f.retryable()) {
                LOG.info("shipment {}: {} could not take the pickup call ({}), asking again at the next poll", s.id(), s.carrierId(), f.kind());
                return;
            }
            // Refused for good (not served there, a bad address ...): asking every poll would not change it.
            answers.add(new Answer(s.id(), locked -> {
                if (locked.awaitsCourierCall()) {
                    locked.courierCallRefused();
                    outbox.publish(new ShipmentException(locked.orderId(), locked.id(), locked.carrierId(), locked.waybillNumber(),
                            "PICKUP_" + f.kind(), "released, but the carrier refused to collect it", clock.instant()));
                }
            }));
            return;
        }
        answers.add(new Answer(s.id(), WorkingShipments::courierCalled));
        LOG.info("shipment {}: released by customs, {} called to collect {}", s.id(), s.carrierId(), s.waybillNumber());
    }

    private static void courierCalled(Shipment locked) {
        if (locked.awaitsCourierCall()) {
            locked.courierCalled();
        }
    }

    private void book(Shipment s, boolean released, List<Answer> answers) {
        List<CarrierOffer> ranked = offers.ranked(s.leg(), s.budgetDays(), s.manifest());
        List<String> failures = new ArrayList<>();
        boolean onRelease = s.leavesOnRelease() && !released;
        if (onRelease) {
            // Goods under bond leave only when called for: a carrier that cannot take a pickup call would collect at once.
            ranked = ranked.stream().filter(o -> carriers.takesPickupCalls(o.candidate().carrierId())).toList();
        }
        for (CarrierOffer offer : ranked) {
            try {
                Booking booking = carriers.book(offer.candidate(), s.idempotencyKey(), s.orderId(), s.manifest(), onRelease);
                answers.add(new Answer(s.id(), locked -> {
                    if (locked.status() != ShipmentStatus.BOOKING) {
                        return; // booked meanwhile by another instance whose lease outlived ours: same key, same waybill
                    }
                    locked.booked(offer.candidate().carrierId(), offer.candidate().serviceCode(), booking.waybillNumber(),
                            clock.instant().plus(settings.getPollInterval()), booking.collectOnRequest());
                    store.saveLabel(locked.id(), booking.labelFormat(), booking.label());
                    outbox.publish(waybillAssigned(locked, booking));
                }));
                LOG.info("shipment {} booked with {} as {}", s.id(), offer.candidate().carrierId(), booking.waybillNumber());
                return;
            } catch (CarrierFailure f) {
                failures.add(f.carrierId() + ":" + f.kind());
                LOG.warn("shipment {}: carrier {} failed to book ({}), trying the next", s.id(), f.carrierId(), f.kind());
            }
        }
        answers.add(new Answer(s.id(), locked -> {
            Duration delay = settings.getBookingRetry().multipliedBy(1L << Math.min(locked.bookingAttempts(), 10));
            List<Milestone> reached = locked.bookingFailed(clock.instant().plus(delay), settings.getMaxBookingAttempts());
            if (reached.contains(Milestone.EXCEPTION)) {
                outbox.publish(new ShipmentException(locked.orderId(), locked.id(), null, null, "BOOKING_FAILED",
                        String.join(",", failures), clock.instant()));
            }
        }));
    }

    private void poll(Shipment s, List<Answer> answers) {
        List<TrackingEntry> entries;
        try {
            entries = carriers.track(s.carrierId(), s.waybillNumber());
        } catch (CarrierFailure f) {
            LOG.info("shipment {}: tracking from {} failed ({}), next poll as usual", s.id(), s.carrierId(), f.kind());
            answers.add(new Answer(s.id(), locked -> locked.record(List.of(), clock.instant().plus(settings.getPollInterval()))));
            return;
        }
        answers.add(new Answer(s.id(), locked -> tracked(locked, entries)));
    }

    /** Applies tracking events to one shipment and publishes what they mean, in one transaction. */
    void apply(String shipmentId, List<TrackingEntry> entries) {
        transactions.write(() -> {
            Shipment locked = store.lockById(shipmentId).orElseThrow();
            tracked(locked, entries);
            store.update(locked);
            return null;
        });
    }

    /** Tracking events applied to a locked shipment, and what they mean published, in the caller's transaction. */
    private void tracked(Shipment locked, List<TrackingEntry> entries) {
        List<Milestone> reached = locked.record(entries, clock.instant().plus(settings.getPollInterval()));
        if (locked.awaitsCourierCall() && store.released(locked.orderId())) {
            locked.keepWaiting(clock.instant()); // released meanwhile: the courier call is due, not in a poll interval
        }
        if (locked.status() == ShipmentStatus.DELIVERED && !locked.lastLeg()) {
            // handed over: the next leg can go
            queue.nudgeWaiting(locked.orderId(), clock.instant(), clock.instant().plus(settings.getLease()));
            due.publishEvent(new ShipmentsDue());
        } else if (locked.status() == ShipmentStatus.RETURNED && !locked.lastLeg()) {
            dropLaterLegs(locked); // going back to the shipper: the parcel will never reach the legs after this one
        }
        publish(locked, reached);
    }

    /** Drops the planned legs after {@code returned}, in the caller's transaction (the ShipmentException of the leg tells operations). */
    private void dropLaterLegs(Shipment returned) {
        for (Shipment later : store.byOrder(returned.orderId())) {
            if (later.legNumber() > returned.legNumber() && later.status() == ShipmentStatus.PLANNED) {
                Shipment locked = store.lockById(later.id()).orElseThrow();
                if (locked.orderCancelled(clock.instant())) {
                    store.update(locked);
                }
            }
        }
    }

    /** A verified tracking push: its events go to the shipments of their waybills; unknown waybills are ignored. @return events applied */
    @Override
    public int applyPush(String carrierId, byte[] body) {
        int applied = 0;
        for (var e : carriers.parsePush(carrierId, body).entrySet()) {
            Optional<Shipment> s = transactions.read(() -> store.byWaybill(carrierId, e.getKey()));
            if (s.isEmpty()) {
                LOG.info("push from {} for an unknown waybill ignored", carrierId);
                continue;
            }
            apply(s.get().id(), e.getValue());
            applied += e.getValue().size();
        }
        return applied;
    }

    private void publish(Shipment s, List<Milestone> reached) {
        Instant at = s.latest() == null ? clock.instant() : s.latest().occurredAt();
        for (Milestone m : reached) {
            switch (m) {
                case DISPATCHED -> outbox.publish(new ShipmentDispatched(s.orderId(), s.id(), s.carrierId(), s.waybillNumber(), at));
                case DELIVERED -> outbox.publish(new ShipmentDelivered(s.orderId(), s.id(), s.carrierId(), s.waybillNumber(), at));
                case EXCEPTION -> outbox.publish(new ShipmentException(s.orderId(), s.id(), s.carrierId(), s.waybillNumber(),
                        s.latest() == null ? s.status().name() : s.latest().checkpoint().name(),
                        s.latest() == null ? null : s.latest().reason(), at));
                case WAYBILL_ASSIGNED -> { }
            }
        }
    }

    private WaybillAssigned waybillAssigned(Shipment s, Booking b) {
        Booking.Filing f = b.filing();
        Booking.Transport t = b.transport();
        return new WaybillAssigned(s.orderId(), s.id(), s.legNumber(), s.carrierId(), s.waybillNumber(),
                s.manifest().regime().code(), s.customsLeg(),
                f == null ? null : f.logisticsCode(), f == null ? null : f.logisticsName(),
                f == null ? null : f.freight().amount(), f == null ? null : f.freight().currency().getCurrencyCode(),
                f == null ? null : f.grossWeightKg(), f == null ? 1 : f.packNo(), f == null ? null : f.goodsInfo(),
                t == null ? null : t.modeCode(), t == null ? null : t.means(), t == null ? null : t.voyageNo(),
                t == null ? null : t.masterBillNo());
    }
}
