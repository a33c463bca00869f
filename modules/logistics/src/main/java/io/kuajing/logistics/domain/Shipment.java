package io.kuajing.logistics.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.logistics.ShipmentStatus;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One leg of an order's trip with one carrier and one waybill. Created BOOKING; booked with a waybill; then moved
 * by tracking events, which are applied idempotently and in time order, and never move it out of a final status
 * (a late "in transit" scan after delivery is kept as history, not news).
 */
@AggregateRoot
public final class Shipment {

    @Identity
    private final String id;
    private final String orderId;
    private final String ownerId;
    private final int legNumber;
    private final boolean lastLeg;
    private final LegKind leg;
    private final FulfilmentMode mode;
    private final Manifest manifest;
    private final int budgetDays;
    private ShipmentStatus status;
    private String carrierId;
    private String serviceCode;
    private String waybillNumber;
    private int bookingAttempts;
    private Instant nextWorkAt;
    private Collection collection;
    private final Map<String, TrackingEntry> tracking = new LinkedHashMap<>();
    /** Entries recorded since this copy was read: the only ones a store has to write. */
    private final List<TrackingEntry> recorded = new ArrayList<>();

    public Shipment(String id, String orderId, String ownerId, int legNumber, boolean lastLeg, LegKind leg, FulfilmentMode mode,
                    Manifest manifest, int budgetDays, ShipmentStatus status, String carrierId, String serviceCode,
                    String waybillNumber, int bookingAttempts, Instant nextWorkAt, Collection collection,
                    List<TrackingEntry> tracking) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.legNumber = legNumber;
        this.lastLeg = lastLeg;
        this.leg = Objects.requireNonNull(leg, "leg");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.budgetDays = budgetDays;
        this.status = Objects.requireNonNull(status, "status");
        this.carrierId = carrierId;
        this.serviceCode = serviceCode;
        this.waybillNumber = waybillNumber;
        this.bookingAttempts = bookingAttempts;
        this.nextWorkAt = nextWorkAt;
        this.collection = Objects.requireNonNull(collection, "collection");
        tracking.forEach(t -> this.tracking.putIfAbsent(t.identity(), t));
    }

    /**
     * A new leg. The first is due for booking at once; a later one is PLANNED: a carrier that took a parcel still
     * on a plane would start its clock (and its scans) days before the parcel reaches it.
     */
    public static Shipment plan(String id, String orderId, String ownerId, RouteLeg routeLeg, int legNumber, boolean lastLeg,
                                FulfilmentMode mode, Manifest manifest, Instant now) {
        boolean first = legNumber == 1;
        return new Shipment(id, orderId, ownerId, legNumber, lastLeg, routeLeg.kind(), mode, manifest, routeLeg.budgetDays(),
                first ? ShipmentStatus.BOOKING : ShipmentStatus.PLANNED, null, null, null, 0, first ? now : null,
                Collection.USUAL, List.of());
    }

    /**
     * Whether this planned leg may be booked now: the leg before it handed the parcel over, and, when a leg before
     * it is the one customs declared, customs released the goods (the parcel waits at the port until then).
     *
     * @param legs     every leg of the order
     * @param released whether customs released the order's goods
     */
    public boolean mayStart(List<Shipment> legs, boolean released) {
        if (status != ShipmentStatus.PLANNED) {
            return false;
        }
        boolean handedOver = legs.stream().anyMatch(l -> l.legNumber == legNumber - 1 && l.status == ShipmentStatus.DELIVERED);
        boolean afterCustoms = legs.stream().anyMatch(l -> l.legNumber < legNumber && l.customsLeg());
        return handedOver && (released || !afterCustoms);
    }

    /**
     * The parcel is at hand for this leg's carrier: the worker holding it books it now, and keeps it leased until
     * {@code leasedUntil} so no other instance books it meanwhile.
     */
    public void start(Instant leasedUntil) {
        if (status != ShipmentStatus.PLANNED) {
            throw new IllegalStateException("shipment " + id + " is " + status + ", not planned");
        }
        status = ShipmentStatus.BOOKING;
        nextWorkAt = leasedUntil;
    }

    /**
     * The order was cancelled. A leg with no waybill yet is simply dropped; a booked one that has not moved is to be
     * cancelled with its carrier (due at {@code now}); one already moving, or finished, is left as it is.
     *
     * @return whether this leg is stopped or being stopped
     */
    public boolean orderCancelled(Instant now) {
        switch (status) {
            case PLANNED, BOOKING -> {
                status = ShipmentStatus.CANCELLED;
                nextWorkAt = null;
                return true;
            }
            case BOOKED -> {
                status = ShipmentStatus.CANCELLING;
                nextWorkAt = now;
                return true;
            }
            case CANCELLING -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The carrier cancelled the waybill. */
    public void carrierCancelled() {
        status = ShipmentStatus.CANCELLED;
        nextWorkAt = null;
    }

    /** The carrier could not cancel: the parcel had already left; it is followed as before. */
    public void cancellationTooLate(Instant nextPollAt) {
        status = ShipmentStatus.BOOKED;
        nextWorkAt = nextPollAt;
    }

    /** Still waiting for the hand-over or the release: look again at {@code recheckAt} unless nudged earlier. */
    public void keepWaiting(Instant recheckAt) {
        nextWorkAt = recheckAt;
    }

    /** The key every booking attempt of this leg sends, so a retried booking never books twice. */
    public String idempotencyKey() {
        return "kj-" + orderId + "-" + legNumber;
    }

    /**
     * Whether the parcel may leave only once customs releases it: a 闪购 parcel is under bond in the bonded
     * warehouse, its waybill booked early because the declaration needs it.
     */
    public boolean leavesOnRelease() {
        return mode == FulfilmentMode.FLASH_PURCHASE;
    }

    /** Booked with the courier to be called on release; waiting for it. */
    public boolean awaitsCourierCall() {
        return collection == Collection.ON_RELEASE;
    }

    /** Released, and the carrier asked to collect: its trip starts. */
    public void courierCalled() {
        if (collection != Collection.ON_RELEASE) {
            throw new IllegalStateException("shipment " + id + " is not waiting for a courier call");
        }
        collection = Collection.CALLED;
    }

    /** Released, but the carrier refused the call for good: not called again; operations arrange the collection. */
    public void courierCallRefused() {
        if (collection != Collection.ON_RELEASE) {
            throw new IllegalStateException("shipment " + id + " is not waiting for a courier call");
        }
        collection = Collection.CALL_REFUSED;
    }

    /** The carrier issued a waybill: tracking starts at {@code firstPollAt}; {@code courierOnRequest}: its courier waits to be called. */
    public List<Milestone> booked(String carrierId, String serviceCode, String waybillNumber, Instant firstPollAt,
                                  boolean courierOnRequest) {
        if (status != ShipmentStatus.BOOKING) {
            throw new IllegalStateException("shipment " + id + " is already booked");
        }
        this.collection = courierOnRequest ? Collection.ON_RELEASE : Collection.USUAL;
        this.carrierId = carrierId;
        this.serviceCode = serviceCode;
        this.waybillNumber = waybillNumber;
        this.status = ShipmentStatus.BOOKED;
        this.nextWorkAt = firstPollAt;
        return List.of(Milestone.WAYBILL_ASSIGNED);
    }

    /** No carrier could book it this time: retry at {@code retryAt}, or give up (an EXCEPTION for operations). */
    public List<Milestone> bookingFailed(Instant retryAt, int maxAttempts) {
        bookingAttempts++;
        if (bookingAttempts >= maxAttempts) {
            status = ShipmentStatus.EXCEPTION;
            nextWorkAt = null;
            return List.of(Milestone.EXCEPTION);
        }
        nextWorkAt = retryAt;
        return List.of();
    }

    /** Applies tracking events (replays ignored) and says which milestones were reached. */
    public List<Milestone> record(List<TrackingEntry> entries, Instant nextPollAt) {
        ShipmentStatus before = status;
        boolean changed = false;
        for (TrackingEntry e : entries) {
            if (tracking.putIfAbsent(e.identity(), e) == null) {
                recorded.add(e);
                changed = true;
            }
        }
        if (changed) {
            status = fold(before);
        }
        nextWorkAt = status.isFinal() ? null : nextPollAt;
        List<Milestone> reached = new ArrayList<>();
        boolean moving = status != ShipmentStatus.BOOKED && status != ShipmentStatus.BOOKING && status != ShipmentStatus.PLANNED
                && status != ShipmentStatus.CANCELLING && status != ShipmentStatus.CANCELLED;
        if (legNumber == 1 && (before == ShipmentStatus.BOOKED) && moving) {
            reached.add(Milestone.DISPATCHED);
        }
        if (lastLeg && status == ShipmentStatus.DELIVERED && before != ShipmentStatus.DELIVERED) {
            reached.add(Milestone.DELIVERED);
        }
        if ((status == ShipmentStatus.EXCEPTION || status == ShipmentStatus.RETURNED) && status != before) {
            reached.add(Milestone.EXCEPTION);
        }
        return reached;
    }

    /** Replays the whole history in time order from BOOKED: the result does not depend on arrival order. */
    private ShipmentStatus fold(ShipmentStatus before) {
        if (before.isFinal()) {
            return before;
        }
        ShipmentStatus s = ShipmentStatus.BOOKED;
        for (TrackingEntry e : history()) {
            ShipmentStatus next = e.checkpoint().shipmentStatus();
            if (s.isFinal() || next == null) {
                continue;
            }
            s = next;
        }
        return s;
    }

    /** The tracking entries recorded since this shipment was read (a polled repeat of known scans adds none). */
    public List<TrackingEntry> newlyRecorded() {
        return List.copyOf(recorded);
    }

    public List<TrackingEntry> history() {
        return tracking.values().stream().sorted(Comparator.comparing(TrackingEntry::occurredAt)).toList();
    }

    /** The newest entry that explains an exception (for the event), or null. */
    public TrackingEntry latest() {
        List<TrackingEntry> h = history();
        return h.isEmpty() ? null : h.get(h.size() - 1);
    }

    public String id() { return id; }
    public String orderId() { return orderId; }
    public String ownerId() { return ownerId; }
    public int legNumber() { return legNumber; }
    public boolean lastLeg() { return lastLeg; }
    public LegKind leg() { return leg; }
    public FulfilmentMode mode() { return mode; }
    public Manifest manifest() { return manifest; }
    public int budgetDays() { return budgetDays; }
    public ShipmentStatus status() { return status; }
    public String carrierId() { return carrierId; }
    public String serviceCode() { return serviceCode; }
    public String waybillNumber() { return waybillNumber; }
    public int bookingAttempts() { return bookingAttempts; }
    public Instant nextWorkAt() { return nextWorkAt; }
    public Collection collection() { return collection; }

    /** The leg customs declares the waybill of: the one that crosses into China (line haul or postal), or the bonded last mile. */
    public boolean customsLeg() {
        return switch (mode) {
            case DIRECT_MAIL -> leg != LegKind.LAST_MILE;
            case FLASH_PURCHASE -> true;
            case DIRECT_PURCHASE -> false;
        };
    }
}
