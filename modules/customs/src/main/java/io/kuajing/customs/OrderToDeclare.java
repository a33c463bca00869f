package io.kuajing.customs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;

/**
 * A paid CBEC order as the seller knows it once the carrier's waybill is issued: what was sold to whom, paid how,
 * carried by whom. It names no customs registration, port, code or transport mode: customs decides those
 * ({@link Declarations#declare(OrderToDeclare)}) from the mode and the warehouse.
 *
 * @param buyerAccount the buyer's account on the platform (CEB311 buyerRegNo)
 * @param total        what the buyer paid: goods + freight + tax (no discount yet)
 * @param shipsFrom    the country the parcel leaves from (the warehouse's), null when unknown
 * @param soldOn       the sales channel the order was sold on, when not Kuajing's own shop: customs declares that
 *                     channel as the e-commerce platform and the channel's payment company; null for the own shop
 */
public record OrderToDeclare(String orderNo, FulfilmentMode mode, String warehouse, String buyerAccount, Person buyer,
                             Consignee consignee, Money goodsValue, Money freight, Money tax, Money total,
                             List<Line> lines, Payment payment, Waybill waybill, CountryCode shipsFrom, SoldOn soldOn) {

    public OrderToDeclare {
        lines = List.copyOf(lines);
    }

    /** An order sold in Kuajing's own shop. */
    public OrderToDeclare(String orderNo, FulfilmentMode mode, String warehouse, String buyerAccount, Person buyer,
                          Consignee consignee, Money goodsValue, Money freight, Money tax, Money total,
                          List<Line> lines, Payment payment, Waybill waybill, CountryCode shipsFrom) {
        this(orderNo, mode, warehouse, buyerAccount, buyer, consignee, goodsValue, freight, tax, total, lines, payment,
                waybill, shipsFrom, null);
    }

    /**
     * The sales channel an order was sold on (a marketplace plugin's id, e.g. {@code cn-mall}) and the payment company
     * its buyer paid through, by customs registration code and name, as the channel reported the payment.
     */
    public record SoldOn(String channel, String paymentCode, String paymentName) {
    }

    /**
     * A product sold: the reviewed Chinese title, brand and specification as far as the product says them, the
     * goods' origin (null when unknown, never the warehouse's country) and the unit weight the marketplace gave.
     */
    public record Line(String sku, String title, HsCode hsCode, String brand, String specification, int quantity,
                       Money unitPrice, CountryCode origin, Integer unitWeightGrams) {

        public Money value() {
            return unitPrice.times(quantity);
        }
    }

    /** The payment as the provider reported it; the payer is the buyer (checked when paying). */
    public record Payment(String transactionId, Person payer, Money amount, Instant paidAt) {
    }

    /**
     * The customs leg's waybill as the carrier issued it; the line haul's transport mode code, means (flight),
     * voyage and master bill are null when the carrier reports none (couriers).
     */
    public record Waybill(String logisticsCode, String logisticsName, String waybillNumber, String masterBillNo,
                          BigDecimal grossWeightKg, int packNo, String goodsInfo, String transportModeCode,
                          String transportMeans, String voyageNo) {
    }
}
