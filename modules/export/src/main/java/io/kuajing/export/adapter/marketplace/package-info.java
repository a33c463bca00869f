/**
 * The bridge from export's {@code SalesChannels} port to the CHANNEL marketplace plugins the app loaded
 * ({@code io.kuajing.plugin.marketplace.MarketplacePlugin}): plugin data types are mapped to domain types here and
 * nowhere else, plugin messages become the marketplace's problems, a plugin that fails becomes
 * {@code PartnerUnavailable}.
 */
@SecondaryAdapter
package io.kuajing.export.adapter.marketplace;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
