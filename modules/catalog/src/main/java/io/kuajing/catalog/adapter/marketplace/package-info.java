/**
 * The bridge from the catalogue's {@code Marketplaces} port to the marketplace plugins the app loaded
 * ({@code io.kuajing.plugin.marketplace.MarketplacePlugin}): plugin data types are mapped to domain types here and
 * nowhere else, and plugin messages become import rejections.
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.marketplace;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
