/**
 * Customs: customs regimes (0110 general trade, 9610 direct mail, 1210/1239 bonded), CBEC tax, the per-person quota
 * ledger, buyer identity, the three documents and the inventory list, the single window and its receipts, and the
 * bonded account book.
 *
 * <p>This package is the module's API, the only one other modules may use: the facades {@link
 * io.kuajing.customs.TaxQuotes}, {@link io.kuajing.customs.Quotas}, {@link io.kuajing.customs.PositiveList},
 * {@link io.kuajing.customs.Declarations} and {@link io.kuajing.customs.BondedBook}; the events they publish through
 * the outbox ({@link io.kuajing.customs.DeclarationSubmitted}, {@link io.kuajing.customs.DeclarationRejected},
 * {@link io.kuajing.customs.GoodsReleased}, {@link io.kuajing.customs.TaxBillIssued},
 * {@link io.kuajing.customs.DeclarationCleared}, {@link io.kuajing.customs.DeclarationCancelled},
 * {@link io.kuajing.customs.GoodsReturned}); and the records they take and answer. Everything below it is internal.
 * See docs/customs.md.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "customs", name = "Customs")
package io.kuajing.customs;

import org.jmolecules.ddd.annotation.BoundedContext;
