/** Reference data read from config/customs: dated rows, ports of entry, customs country codes. */
package io.kuajing.customs.domain.reference;
