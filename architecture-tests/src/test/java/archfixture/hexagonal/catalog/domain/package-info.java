@Application
package archfixture.hexagonal.catalog.domain;

import org.jmolecules.architecture.hexagonal.Application;
