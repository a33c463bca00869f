@PrimaryPort
package archfixture.legal.catalog;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
