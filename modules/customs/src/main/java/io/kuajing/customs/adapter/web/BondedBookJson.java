package io.kuajing.customs.adapter.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.BondedItem;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON of the bonded account book. Every request field may be missing, so that the book's own rules answer with
 * the field and the rule (422) rather than a bare 400. Quantities are decimal strings, like amounts.
 */
final class BondedBookJson {

    private BondedBookJson() {
    }

    static String units(BigDecimal qty) {
        return qty.stripTrailingZeros().toPlainString();
    }

    /** An entry list as the warehouse sends it. */
    @Serdeable
    record EntryBody(@Nullable String emsNo, @Nullable String entryNo, @Nullable List<Line> items) {

        @Serdeable
        record Line(@Nullable String itemNo, @Nullable String hsCode, @Nullable String itemName, @Nullable BigDecimal qty) {
        }

        BondedEntry toEntry() {
            List<BondedEntry.Item> lines = new ArrayList<>();
            for (int i = 0; items != null && i < items.size(); i++) {
                Line line = items.get(i);
                if (line == null) {
                    throw new RuleViolation("items[" + i + "]", "required", "an item, not null");
                }
                lines.add(new BondedEntry.Item(line.itemNo(), hsCode(line.hsCode(), "items[" + i + "].hsCode"),
                        line.itemName(), line.qty()));
            }
            return new BondedEntry(emsNo, entryNo, lines);
        }

        private static HsCode hsCode(String raw, String field) {
            if (raw == null) {
                return null;
            }
            try {
                return HsCode.of(raw);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation(field, "hs-code", "an item record carries the 10-digit HS code");
            }
        }
    }

    /** An entry list as recorded; the same body whenever it is recorded again. */
    @Serdeable
    record Entry(String emsNo, String entryNo, List<EntryLine> items, Instant recordedAt) {

        static Entry of(RecordedEntry recorded) {
            BondedEntry e = recorded.entry();
            return new Entry(e.emsNo(), e.entryNo(), e.items().stream()
                    .map(i -> new EntryLine(i.itemNo(), i.hsCode().value(), i.itemName(), units(i.qty()))).toList(),
                    recorded.recordedAt());
        }
    }

    @Serdeable
    record EntryLine(String itemNo, String hsCode, String itemName, String qty) {
    }

    /** An item record of the book and what it holds now. */
    @Serdeable
    record Item(String emsNo, String itemNo, String hsCode, String itemName, String stock) {

        static Item of(BondedItem item) {
            return new Item(item.emsNo(), item.itemNo(), item.hsCode().value(), item.itemName(), units(item.stock()));
        }
    }

    @Serdeable
    record Book(String emsNo, List<Item> items) {
    }
}
