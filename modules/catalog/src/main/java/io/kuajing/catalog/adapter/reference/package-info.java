/**
 * Plain adapters for the catalogue's own reference data — FX rates and freight estimates — over dated CSV files in
 * {@code kuajing.catalog.reference-dir}. Positive-list standing and taxes come from customs
 * ({@code adapter.customs}), delivery promises from logistics ({@code adapter.logistics}).
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.reference;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
