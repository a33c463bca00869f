/**
 * The sales channels purchase sells the imported catalogue on: {@link io.kuajing.purchase.domain.SalesChannel} over
 * the loaded marketplace plugins in the CHANNEL role. Plugin types are mapped here and nowhere else.
 */
package io.kuajing.purchase.adapter.channel;
