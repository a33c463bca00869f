/**
 * Catalog domain: products, offers, the import planner, fulfilment modes and landed pricing, and the secondary
 * ports the domain needs (marketplaces, reference data, translation, storage). Plain Java: no Micronaut, no JDBC,
 * no HTTP. No hexagonal layer marker (docs/adr/0005-domain-package-is-not-a-hexagonal-layer.md).
 */
package io.kuajing.catalog.domain;
