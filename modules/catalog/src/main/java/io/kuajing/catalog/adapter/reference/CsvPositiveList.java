package io.kuajing.catalog.adapter.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.domain.Eligibility;
import io.kuajing.catalog.domain.PositiveList;
import io.kuajing.kernel.HsCode;
import jakarta.inject.Singleton;

/**
 * {@link PositiveList} from {@code positive-list.csv} (the customs module's format): a tariff line is listed from
 * effective_from until the day before effective_until.
 */
@Singleton
class CsvPositiveList implements PositiveList {

    private final Map<String, List<ReferenceTable.Row>> byLine;

    CsvPositiveList(ReferenceSettings settings) {
        this.byLine = ReferenceTable.read(settings.file("positive-list")).datedBy(r -> r.text("tariff_line"));
    }

    @Override
    public Eligibility eligibilityOf(HsCode hsCode, LocalDate date) {
        return ReferenceTable.inForce(byLine.get(hsCode.tariffLine()), date)
                .filter(r -> r.optional("effective_until").map(until -> date.isBefore(LocalDate.parse(until))).orElse(true))
                .map(r -> Boolean.parseBoolean(r.text("bonded_only"))
                        ? new Eligibility(Eligibility.Status.BONDED_ONLY, r.text("description") + " (bonded import only)")
                        : new Eligibility(Eligibility.Status.LISTED, r.text("description")))
                .orElseGet(() -> new Eligibility(Eligibility.Status.NOT_LISTED,
                        "tariff line " + hsCode.tariffLine() + " is not on the CBEC positive list"));
    }
}
