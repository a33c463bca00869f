package io.kuajing.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.Money;

/**
 * Chinese customs, asked by export to declare a 9610 parcel or a 9810 consignment (order, waybill and inventory list).
 * The app answers it from customs' API, so export depends on no other domain module (ADR 0027); customs' answer comes
 * back as a call of {@link ExportClearance#acceptedByCustoms} or {@link ExportClearance#refusedByCustoms}.
 */
public interface ExportCustoms {

    /**
     * Declares the parcel; customs declares an order once, so asking again changes nothing.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field customs refuses; nothing is declared then
     */
    void declare(Parcel parcel);

    /**
     * Declares the 9810 consignment under its number (the warehouse booking); customs declares it once.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field customs refuses; nothing is declared then
     */
    void declare(Consignment consignment);

    /**
     * Reports declared parcels arrived at the export supervision site (运抵单); the waybill numbers are the ones the
     * parcels were declared under. Customs' answer comes back as a call of
     * {@link ExportClearance#reportAnsweredByCustoms}.
     *
     * @return the report's number, which customs' answer names it by
     * @throws io.kuajing.kernel.RuleViolation naming the field customs refuses; nothing is reported then
     */
    String arrived(ParcelArrival arrival);

    /**
     * Reports arrived parcels left the country (离境单), by SEA or AIR under the bill of lading or air waybill; answered
     * as an arrival is.
     *
     * @return the report's number, which customs' answer names it by
     * @throws io.kuajing.kernel.RuleViolation naming the field customs refuses; nothing is reported then
     */
    String departed(ParcelDeparture departure);

    /**
     * Declares the vendor's type-B lists customs concluded in the month and no summary named yet (汇总申报, CEB701).
     *
     * @throws io.kuajing.kernel.RuleViolation {@code month} / {@code nothing-to-summarise} when none is left, or the
     *                                         field customs refuses; nothing is declared then
     */
    SummaryDeclarationView summarise(SummaryRequest request);

    /**
     * Withdraws the accepted inventory list of the order's parcel (撤销申请单); customs' answer comes back as a call of
     * {@link ExportClearance#withdrawalAnsweredByCustoms}.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field customs refuses; nothing is sent then
     */
    void withdraw(Withdrawal withdrawal);

    /**
     * Tells customs the vendor received the buyer's payment for the order (收款单); customs sends it once per order,
     * so asking again changes nothing. Its answer comes back as a call of
     * {@link ExportClearance#paymentReceiptAnsweredByCustoms}.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field customs refuses; nothing is sent then
     */
    void paymentReceived(PaymentReceipt receipt);

    /** A summary declaration by its number, as customs keeps it. */
    Optional<SummaryDeclarationView> summary(String summaryNo);

    /**
     * One 9610 parcel: the order, the vendor (its name and customs registration code), the buyer's country (ISO),
     * the waybill number of the carrier that takes it out, and the goods as customs is told about them;
     * {@code summaryDeclaration} when the vendor claims the VAT export refund (its list is type B, ADR 0035).
     */
    record Parcel(String orderNo, String vendorName, String vendorCustomsCode, String destination, String waybillNo,
                  boolean summaryDeclaration, List<Item> items) {

        public Parcel {
            items = List.copyOf(items);
        }
    }

    /**
     * One 9810 consignment: its number, the vendor, the warehouse's country (ISO) and code, how it travels (SEA or
     * AIR), the carrier, its bill of lading or air waybill number, the packages, and the goods.
     */
    record Consignment(String consignmentNo, String vendorName, String vendorCustomsCode, String destination,
                       String warehouseCode, String transport, String carrier, String waybillNo, int packages,
                       List<Item> items) {

        public Consignment {
            items = List.copyOf(items);
        }
    }

    /** A withdrawal: the order, the vendor (its name and customs registration code) and why. */
    record Withdrawal(String orderNo, String vendorName, String vendorCustomsCode, String reason) {
    }

    /**
     * The vendor's receipt of a 9610 order's payment: the order, the vendor (its name and customs registration code),
     * the marketplace that collected it (plugin id) and its order id, the order's total in the sale currency, and
     * when the vendor received it.
     */
    record PaymentReceipt(String orderNo, String vendorName, String vendorCustomsCode, String marketplace,
                          String marketplaceOrderId, Money total, Instant receivedAt) {
    }

    /** A summary declaration asked for: the vendor (its name and customs registration code) and the month. */
    record SummaryRequest(String vendorName, String vendorCustomsCode, YearMonth month) {
    }

    /** A line: the SKU, its Chinese name, HS code, quantity, declared value per unit in CNY and net weight per unit. */
    record Item(int lineNo, String sku, String nameZh, String hsCode, int quantity, Money unitValueCny,
                BigDecimal unitWeightKg) {
    }
}
