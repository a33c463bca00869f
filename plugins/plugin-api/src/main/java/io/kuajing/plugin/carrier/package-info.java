/**
 * Canonical carrier data: what the host and every carrier plugin agree on, whatever each carrier speaks on the
 * wire. Plain Java 17 records with no dependency (the SPI must not lean on Kuajing's kernel), validated on
 * construction so a plugin never sees half-built input. Personal data (names, phones, addresses, ID numbers)
 * is masked in every {@code toString()}, so a logged request cannot leak it.
 */
package io.kuajing.plugin.carrier;
