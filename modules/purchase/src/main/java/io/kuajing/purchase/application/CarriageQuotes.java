package io.kuajing.purchase.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.UnitWeight;
import io.kuajing.logistics.BasketLine;
import io.kuajing.logistics.DeliveryOption;
import io.kuajing.logistics.DeliveryPromises;
import io.kuajing.logistics.DeliveryQuestion;
import jakarta.inject.Singleton;

/**
 * What carrying each order of a basket costs, and whether it can be carried at all, as logistics answers from the
 * carriers' quotes for the consignee's division. Asked before the checkout's transaction opens: carriers are
 * remote, and no database transaction waits on them.
 */
@Singleton
class CarriageQuotes {

    private final DeliveryPromises logistics;
    private final Clock clock;

    CarriageQuotes(DeliveryPromises logistics, Clock clock) {
        this.logistics = logistics;
        this.clock = clock;
    }

    /**
     * The freight of each group (order): the carriers' quote for the whole parcel, or — when no carrier could quote
     * just now — the catalogue's estimate the consumer saw per line.
     *
     * @throws RuleViolation {@code lines[i].mode} / {@code deliverable} when no loaded carrier serves the route
     */
    Map<String, Money> freights(Map<String, List<PricedLine>> groups, String divisionCode) {
        // In the request's order, so logistics' lines[k] is the request's lines[k].
        List<BasketLine> question = groups.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(PricedLine::index))
                .map(l -> new BasketLine(l.sku().value(), l.price().mode(), l.price().warehouseCode(), l.quantity(),
                        UnitWeight.gramsOrUnknown(l.weightGrams()), l.price().goods(),
                        l.hsCode() == null ? null : l.hsCode().value(), l.price().shipFromCountry()))
                .toList();
        List<DeliveryOption> options;
        try {
            options = logistics.options(new DeliveryQuestion(divisionCode, question), clock.instant());
        } catch (RuleViolation refused) {
            throw inRequestTerms(refused);
        }
        Map<String, Money> freights = new LinkedHashMap<>();
        for (List<PricedLine> group : groups.values()) {
            PricedLine first = group.get(0);
            DeliveryOption option = options.stream()
                    .filter(o -> o.mode() == first.price().mode() && o.warehouseId().equals(first.price().warehouseCode()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("logistics answered no option for " + first.group()));
            if (!option.deliverable()) {
                throw new RuleViolation("lines[" + first.index() + "].mode", "deliverable", first.sku() + " cannot be carried "
                        + first.price().mode() + " from " + first.price().warehouseCode() + " to division " + divisionCode
                        + ": no carrier serves that route");
            }
            freights.put(first.group(), option.freight() != null ? option.freight() : estimate(group));
        }
        return freights;
    }

    /** An order's freight as the catalogue estimated it per unit: what the landed prices shown to the consumer hold. */
    static Money estimate(List<PricedLine> group) {
        return group.stream().map(l -> l.price().freight().times(l.quantity())).reduce(Money.zero(Money.CNY), Money::plus);
    }

    /**
     * Logistics names its own fields (the line's warehouse, unit weight, unit price): to the consumer they are facts
     * of the product chosen, so the refusal names the line's {@code sku} (the division keeps its own name).
     */
    private static RuleViolation inRequestTerms(RuleViolation refused) {
        String field = refused.field().replaceFirst("^(lines\\[\\d+])\\.(warehouseId|unitWeightGrams|unitPrice)$", "$1.sku")
                .replaceFirst("^divisionCode$", "consignee.divisionCode");
        return new RuleViolation(field, refused.rule(), refused.getMessage());
    }
}
