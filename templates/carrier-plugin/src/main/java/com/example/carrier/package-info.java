/**
 * Postal EMS, the reference postal carrier: one waybill door to door from an overseas warehouse to a Chinese
 * consumer (postal parcels under 9610), and domestic EMS for the last mile. Speaks the post office's old-school
 * API: HMAC-signed form posts answered with {@code key=value} lines. UPU S10 waybill numbers (EA123456785CN).
 */
package com.example.carrier;
