/**
 * Customs domain: aggregates, value objects, domain services and events, and the secondary ports the
 * domain needs. Plain Java: no Micronaut, no JDBC, no HTTP.
 */
@Application
package io.kuajing.customs.domain;

import org.jmolecules.architecture.hexagonal.Application;
