package io.kuajing.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Global selling as operators run it: onboard vendors, take their listings and orders, print statements and the report. */
public interface GlobalSelling {

    /** Onboards a vendor whose USCC, customs code and settlement account pass their checks; 409 when already onboarded. */
    VendorView onboard(OnboardVendor command, String operator);

    List<VendorView> vendors();

    Optional<VendorView> vendor(String vendorId);

    /** Adds or replaces one of the vendor's listings. */
    ListingView list(String vendorId, NewListing listing);

    List<ListingView> listings(String vendorId);

    /** Takes an order a marketplace sent for the vendor's listings; the same marketplace order again returns the first. */
    Received receive(String vendorId, IncomingOrder order);

    Optional<ExportOrderView> order(String orderNo);

    /** The vendor's first {@code limit} orders, the last sold first. */
    List<ExportOrderView> orders(String vendorId, int limit);

    /** The vendor's statement of the orders sold in [from, to] (China dates), in CNY at the dated settlement rates. */
    StatementView statement(String vendorId, LocalDate from, LocalDate to);

    /** Sales abroad by marketplace and year with growth, beside import sales by mode and year. */
    SalesReport report();

    /** An order taken: {@code created} is false when the marketplace had sent it before and this is the first one. */
    record Received(ExportOrderView order, boolean created) {
    }
}
