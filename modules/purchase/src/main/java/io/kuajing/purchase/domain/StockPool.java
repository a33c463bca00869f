package io.kuajing.purchase.domain;

import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where the units of an order line come from, as far as stock goes: an item of a bonded account book (闪购: the
 * goods wait under bond in China) or a marketplace offer (直邮 from an overseas warehouse, 直采 from a domestic one).
 * The key names the pool in the reservation ledger.
 */
@ValueObject
public sealed interface StockPool {

    String key();

    /** Whether units leave the source's own count when they are consumed (the bonded book is deducted at release). */
    boolean sourceDeductsConsumed();

    /** An item record of a bonded account book; customs deducts released units from the book itself. */
    record BondedItem(String emsNo, Sku sku) implements StockPool {
        @Override
        public String key() {
            return "bonded:" + emsNo + ":" + sku.value();
        }

        @Override
        public boolean sourceDeductsConsumed() {
            return true;
        }
    }

    /**
     * One seller's offer in one warehouse, as the marketplace reports its stock; units we ship stay counted until
     * the marketplace reports a new count.
     */
    record Offer(String marketplace, String externalRef, String sellerId, String warehouse, Sku sku) implements StockPool {
        @Override
        public String key() {
            return "offer:" + marketplace + ":" + warehouse + ":" + sellerId + ":" + externalRef;
        }

        @Override
        public boolean sourceDeductsConsumed() {
            return false;
        }
    }
}
