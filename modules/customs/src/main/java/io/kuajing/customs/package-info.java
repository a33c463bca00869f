/**
 * Customs: customs regimes (0110 general trade, 9610 direct mail, 1210/1239 bonded), CBEC tax, the per-person quota ledger, buyer identity, the three documents and the inventory list, the single window and its receipts, and the bonded account book.
 *
 * <p>This package is the module's API, the only one other modules may use: facade interfaces, published
 * domain events and API records. Everything below it is internal.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "customs", name = "Customs")
@PrimaryPort
package io.kuajing.customs;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.ddd.annotation.BoundedContext;
