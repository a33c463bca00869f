/** The payment sandbox: records payments as a payment company would report them (CEB411), moves no money. */
@SecondaryAdapter
package io.kuajing.purchase.adapter.payment;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
