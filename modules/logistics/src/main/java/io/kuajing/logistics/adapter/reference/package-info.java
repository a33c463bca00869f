/**
 * Reference data of logistics read from files: the China working-day calendar, warehouses and promise rules
 * ({@code config/logistics}, shipped in the JAR under {@code reference/logistics} and overridable with
 * {@code kuajing.logistics.reference-data=<folder>}).
 */
@SecondaryAdapter
package io.kuajing.logistics.adapter.reference;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
