/** Purchase HTTP adapters: controllers, request and response records, validation. */
@PrimaryAdapter
package io.kuajing.purchase.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
