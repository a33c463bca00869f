/**
 * Purchase: the overseas purchase: checkout, buyer identity on the order, orders and their lifecycle, fulfilment mode per line, splitting, payment records, cancellation, refunds and returns.
 *
 * <p>This package is the module's API, the only one other modules may use: facade interfaces, published
 * domain events and API records. Everything below it is internal.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "purchase", name = "Purchase")
package io.kuajing.purchase;

import org.jmolecules.ddd.annotation.BoundedContext;
