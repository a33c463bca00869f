/** The dated reference tables of config/export (settlement FX rates, VAT export refund rates), read at start. */
@SecondaryAdapter
package io.kuajing.export.adapter.reference;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
