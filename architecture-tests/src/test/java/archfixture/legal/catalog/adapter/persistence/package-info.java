@SecondaryAdapter
package archfixture.legal.catalog.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
