/** Customs HTTP adapters: controllers, request and response records, validation. */
@PrimaryAdapter
package io.kuajing.customs.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
