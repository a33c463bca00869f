@Application
package archfixture.legal.catalog.application;

import org.jmolecules.architecture.hexagonal.Application;
