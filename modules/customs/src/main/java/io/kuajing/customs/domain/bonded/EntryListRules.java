package io.kuajing.customs.domain.bonded;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.BondedEntryConflict;
import io.kuajing.kernel.RuleViolation;

/**
 * What the account book needs to record an entry list (goods entering the bonded warehouse under bond): the book's
 * number, customs' entry list number, and per item record its number, the 10-digit HS code declarations carry, its
 * name and a whole number of units entering. Each item record appears once per entry, since the book counts each
 * entry's item once.
 */
public final class EntryListRules {

    /** The book's kind letter, the 4-digit customs district, 7 letters or digits: T2900W000001. */
    private static final Pattern EMS_NO = Pattern.compile("[A-Z]\\d{4}[A-Z0-9]{7}");
    /** Widths of the book's columns: numbers 64, names 250, quantities below 10^10 units. */
    private static final int MAX_NUMBER = 64;
    private static final int MAX_NAME = 250;
    private static final BigDecimal MAX_QTY = new BigDecimal("9999999999");

    private EntryListRules() {
    }

    /** Refuses an entry the book cannot record, naming the first field at fault. */
    public static void check(BondedEntry entry) {
        checkEmsNo(entry.emsNo());
        requireNumber("entryNo", entry.entryNo());
        if (entry.items().isEmpty()) {
            throw new RuleViolation("items", "not-empty", "an entry list brings at least one item");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entry.items().size(); i++) {
            BondedEntry.Item item = entry.items().get(i);
            String at = "items[" + i + "]";
            requireNumber(at + ".itemNo", item.itemNo());
            if (!seen.add(item.itemNo())) {
                throw new RuleViolation(at + ".itemNo", "one-line-per-item", "item " + item.itemNo()
                        + " appears twice: an entry list brings each item record once, with its whole quantity");
            }
            if (item.hsCode() == null || item.hsCode().value().length() != 10) {
                throw new RuleViolation(at + ".hsCode", "hs-code", "an item record carries the 10-digit HS code");
            }
            if (item.itemName() == null || item.itemName().isBlank() || item.itemName().length() > MAX_NAME) {
                throw new RuleViolation(at + ".itemName", "required", "the item's name, at most " + MAX_NAME + " characters");
            }
            BigDecimal qty = item.qty();
            if (qty == null || qty.signum() <= 0 || qty.stripTrailingZeros().scale() > 0 || qty.compareTo(MAX_QTY) > 0) {
                throw new RuleViolation(at + ".qty", "positive-whole", "goods enter the book in whole units, from 1 to "
                        + MAX_QTY.toPlainString());
            }
        }
    }

    /** The account book number: 12 characters, the book's kind letter and customs district first (T2900W000001). */
    public static void checkEmsNo(String emsNo) {
        if (emsNo == null || emsNo.isBlank()) {
            throw new RuleViolation("emsNo", "required", "the account book number (emsNo) is required");
        }
        if (!EMS_NO.matcher(emsNo).matches()) {
            throw new RuleViolation("emsNo", "ems-no-format", "an account book number is a capital letter, the 4-digit "
                    + "customs district and 7 capital letters or digits, e.g. T2900W000001");
        }
    }

    /**
     * An entry list number comes once: sent again it must be the entry that was recorded.
     *
     * @throws BondedEntryConflict naming the first field that differs from the recorded entry
     */
    public static void requireSameAs(BondedEntry recorded, BondedEntry again) {
        String was = "entry list " + recorded.entryNo() + " was recorded with ";
        if (!recorded.emsNo().equals(again.emsNo())) {
            throw new BondedEntryConflict("emsNo", was + "account book " + recorded.emsNo());
        }
        Map<String, BondedEntry.Item> byNumber = new HashMap<>();
        recorded.items().forEach(item -> byNumber.put(item.itemNo(), item));
        List<BondedEntry.Item> items = again.items();
        for (int i = 0; i < items.size(); i++) {
            BondedEntry.Item item = items.get(i);
            BondedEntry.Item before = byNumber.remove(item.itemNo());
            String at = "items[" + i + "]";
            if (before == null) {
                throw new BondedEntryConflict(at + ".itemNo", was + "no item " + item.itemNo());
            }
            if (!before.hsCode().equals(item.hsCode())) {
                throw new BondedEntryConflict(at + ".hsCode", was + "HS code " + before.hsCode() + " for item " + item.itemNo());
            }
            if (!before.itemName().equals(item.itemName())) {
                throw new BondedEntryConflict(at + ".itemName", was + "name " + before.itemName() + " for item " + item.itemNo());
            }
            if (before.qty().compareTo(item.qty()) != 0) {
                throw new BondedEntryConflict(at + ".qty", was + before.qty().stripTrailingZeros().toPlainString()
                        + " units of item " + item.itemNo());
            }
        }
        if (!byNumber.isEmpty()) {
            throw new BondedEntryConflict("items", was + "item " + byNumber.keySet().iterator().next() + " too");
        }
    }

    private static void requireNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required", field.substring(field.lastIndexOf('.') + 1) + " is required");
        }
        if (value.length() > MAX_NUMBER) {
            throw new RuleViolation(field, "max-length", "at most " + MAX_NUMBER + " characters");
        }
    }
}
