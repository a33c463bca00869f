package io.kuajing.purchase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kuajing.platform.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The basket as the consumer sees it: each product with every fulfilment mode it can take today (landed price per
 * unit and delivery promise, cheapest first) and the mode it will go in; the orders checkout would place (one per
 * mode and ship-from warehouse); the estimated total. Money as money objects (ADR 0024). Estimates: checkout quotes tax with customs per order.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // an empty basket still says "lines": []
public record BasketView(List<Line> lines, List<PlannedOrder> orders, MoneyJson estimatedTotal) {

    /**
     * @param mode       the mode the line goes in: the consumer's choice, or the cheapest ({@code modeChosen} false)
     * @param problem    why the line cannot be checked out as it is (product gone, chosen mode no longer offered), or null
     * @param unavailable modes the product cannot take, with the reason (e.g. off the positive list)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(String sku, String title, int quantity, String mode, boolean modeChosen, String warehouse,
                       MoneyJson unitTotal, MoneyJson lineTotal, List<Option> options, Map<String, String> unavailable,
                       String problem) {
    }

    /** One way the product can come: landed price of one unit and when it would arrive. */
    @Serdeable
    public record Option(String mode, String warehouse, MoneyJson goods, MoneyJson freight, MoneyJson tax,
                         MoneyJson unitTotal, LocalDate deliveryEarliest, LocalDate deliveryLatest, String delivery) {
    }

    /** An order checkout would place: the lines going in one mode from one warehouse. */
    @Serdeable
    public record PlannedOrder(String mode, String warehouse, List<String> skus, MoneyJson estimatedTotal) {
    }
}
