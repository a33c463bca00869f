/** Catalog HTTP adapters: controllers, request and response records, validation. */
@PrimaryAdapter
package io.kuajing.catalog.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
