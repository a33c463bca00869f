/** Export HTTP adapters under /api/export: operators' controllers, request and response records, validation. */
@PrimaryAdapter
package io.kuajing.export.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
