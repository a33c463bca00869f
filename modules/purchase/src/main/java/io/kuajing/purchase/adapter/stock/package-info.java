/** Where purchase reads stock levels: customs' bonded account book and the catalogue's marketplace offers. */
@SecondaryAdapter
package io.kuajing.purchase.adapter.stock;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
