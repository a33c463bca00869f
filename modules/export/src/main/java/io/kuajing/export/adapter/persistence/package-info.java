/** Export persistence: JDBC over the export_ tables. */
@SecondaryAdapter
package io.kuajing.export.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
