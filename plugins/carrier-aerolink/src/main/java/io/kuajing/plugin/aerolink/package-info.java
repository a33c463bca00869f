/**
 * AeroLink, the reference air line-haul carrier: flies parcels from overseas warehouses to the Shanghai and
 * Hangzhou ports under CBEC direct mail (9610). Speaks JSON; {@link io.kuajing.plugin.aerolink.AeroLinkMapper}
 * is the pure mapping, {@link io.kuajing.plugin.aerolink.AeroLinkCarrier} the thin transport around it.
 */
package io.kuajing.plugin.aerolink;
