/** The customs reference data files (rates, limits, positive list, ports): read from config/customs or the jar. */
@SecondaryAdapter
package io.kuajing.customs.adapter.reference;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
