/** Export use cases: the GlobalSelling facade's implementation and its transactions. */
@Application
package io.kuajing.export.application;

import org.jmolecules.architecture.hexagonal.Application;
