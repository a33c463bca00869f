package io.kuajing.catalog.adapter.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.Mode;
import io.kuajing.catalog.domain.DeliveryPromise;
import io.kuajing.catalog.domain.DeliveryPromises;
import io.kuajing.kernel.CountryCode;
import jakarta.inject.Singleton;

/**
 * {@link DeliveryPromises} from {@code delivery-promises.csv}: a window of min..max days after the order date,
 * counted in calendar days or working days (Saturdays and Sundays skipped; Chinese public holidays not yet).
 */
@Singleton
class CsvDeliveryPromises implements DeliveryPromises {

    private final Map<String, List<ReferenceTable.Row>> byModeAndOrigin;

    CsvDeliveryPromises(ReferenceSettings settings) {
        this.byModeAndOrigin = ReferenceTable.read(settings.file("delivery-promises"))
                .datedBy(r -> r.text("mode") + "/" + r.text("origin"));
    }

    @Override
    public Optional<DeliveryPromise> promise(Mode mode, CountryCode origin, LocalDate orderDate) {
        return ReferenceTable.inForce(byModeAndOrigin.get(mode + "/" + origin.value()), orderDate)
                .or(() -> ReferenceTable.inForce(byModeAndOrigin.get(mode + "/*"), orderDate))
                .map(r -> {
                    boolean working = "WORKING".equals(r.text("day_kind"));
                    return new DeliveryPromise(orderDate, after(orderDate, r.integer("min_days"), working),
                            after(orderDate, r.integer("max_days"), working), r.text("wording"));
                });
    }

    static LocalDate after(LocalDate start, int days, boolean workingDays) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (!workingDays || (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                counted++;
            }
        }
        return date;
    }
}
