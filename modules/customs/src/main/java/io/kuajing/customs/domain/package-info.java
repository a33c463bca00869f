/**
 * Customs domain: aggregates, value objects, domain services and events, and the secondary ports the
 * domain needs. Plain Java: no Micronaut, no JDBC, no HTTP (ModuleBoundaryRules). Deliberately not marked
 * as a hexagonal layer: adapters may build aggregates and implement the ports declared here (ADR 5).
 */
package io.kuajing.customs.domain;
