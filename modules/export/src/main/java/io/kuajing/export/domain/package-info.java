/**
 * Export domain: vendors (USCC checked), listings, export orders, the dated FX and export refund tables, the
 * vendor statement and the sales report. Plain Java: no Micronaut, no JDBC, no HTTP (ModuleBoundaryRules).
 * Deliberately not marked as a hexagonal layer: adapters may build aggregates and implement the ports declared
 * here (ADR 5).
 */
package io.kuajing.export.domain;
