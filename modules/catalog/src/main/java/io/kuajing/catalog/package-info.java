/**
 * Catalog: products, offers pulled from marketplaces, zh-CN presentation, FX conversion to CNY, HS codes and positive-list eligibility, and the fulfilment modes each product can take.
 *
 * <p>This package is the module's API, the only one other modules may use: facade interfaces, published
 * domain events and API records. Everything below it is internal.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "catalog", name = "Catalog")
package io.kuajing.catalog;

import org.jmolecules.ddd.annotation.BoundedContext;
