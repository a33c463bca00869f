/**
 * Catalog use cases: the primary ports' implementations, their transactions, and the handlers of other
 * modules' events.
 */
@Application
package io.kuajing.catalog.application;

import org.jmolecules.architecture.hexagonal.Application;
