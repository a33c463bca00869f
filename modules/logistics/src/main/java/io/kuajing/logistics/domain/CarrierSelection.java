package io.kuajing.logistics.domain;

import java.util.Comparator;
import java.util.List;

import org.jmolecules.ddd.annotation.Service;

/**
 * Orders carrier offers for a leg, best first: services that keep the leg's promise budget before those that do
 * not, then quoted before unquoted (a carrier that could not quote may be down), then cheaper, then faster, then
 * by id so the choice is stable. Booking walks this list and falls back to the next on failure.
 */
@Service
public final class CarrierSelection {

    private CarrierSelection() {
    }

    public static List<CarrierOffer> rank(List<CarrierOffer> offers, int budgetDays) {
        Comparator<CarrierOffer> order = Comparator
                .comparing((CarrierOffer o) -> o.candidate().maxDays() > budgetDays)
                .thenComparing(o -> o.price() == null)
                .thenComparing(o -> o.price() == null ? null : o.price().amount(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(o -> o.candidate().maxDays())
                .thenComparing(o -> o.candidate().carrierId())
                .thenComparing(o -> o.candidate().serviceCode());
        return offers.stream().sorted(order).toList();
    }
}
