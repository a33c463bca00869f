/**
 * Plain adapters for the catalogue's reference-data ports (FX rates, positive list, tax, freight, delivery
 * promises) over dated CSV files in {@code kuajing.catalog.reference-dir}. Customs and logistics own the real
 * answers: these adapters stand in until the app bridges the ports to those modules' APIs.
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.reference;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
