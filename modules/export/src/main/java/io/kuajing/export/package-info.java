/**
 * Export (global selling, 跨境出口): Chinese vendors onboarded by operators, their listings, the export orders
 * overseas marketplaces send them (9610 direct parcels, 9810 stock to an overseas warehouse), the vendor's statement
 * in CNY (marketplace fees, dated FX, VAT export refund rate per line) and the operators' report of sales abroad
 * beside import sales.
 *
 * <p>This package is the module's API, the only one other modules may use: the {@link io.kuajing.export.GlobalSelling}
 * facade, its records, and {@link io.kuajing.export.ImportSales}, the one question export asks the rest of the
 * product (answered by the app from purchase's API, so export depends on no other domain module).
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "export", name = "Export")
package io.kuajing.export;

import org.jmolecules.ddd.annotation.BoundedContext;
