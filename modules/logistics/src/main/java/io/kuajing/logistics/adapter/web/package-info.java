/** Logistics HTTP adapters: controllers, request and response records, validation. */
@PrimaryAdapter
package io.kuajing.logistics.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
