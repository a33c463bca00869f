/**
 * The catalogue's questions to customs, answered by the customs module's API: positive-list standing and import
 * taxes. Customs owns the rules and the reference data; the catalogue never keeps a copy.
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.customs;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
