package io.kuajing.customs;

import java.util.List;

/**
 * A bonded account book (电子账册) as the console shows it: its number, the bonded warehouse it is registered for
 * ({@code kuajing.customs.parties.bonded-books}; null for a book that holds goods but is no longer configured), and
 * its item records with their stock.
 */
public record AccountBook(String emsNo, String warehouse, List<BondedItem> items) {
}
