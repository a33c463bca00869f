@SecondaryAdapter
package archfixture.hexagonal.catalog.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
