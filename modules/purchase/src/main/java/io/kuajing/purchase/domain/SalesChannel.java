package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * A Chinese sales channel where Kuajing's imported catalogue is sold (a storefront on a platform such as Tmall): it
 * takes listings in Chinese priced in yuan, answers the trades its buyers placed and is told when they shipped.
 * Calls go to the outside world: never inside a database transaction of our own work (a shipment confirmation runs
 * in an event handler, whose transaction the outbox holds). A channel that does not answer throws
 * {@link io.kuajing.kernel.PartnerUnavailable}.
 */
@SecondaryPort
public interface SalesChannel {

    /** Whether a loaded marketplace plugin sells as {@code channel}. */
    boolean knows(String channel);

    Listed list(String channel, Listing listing);

    /** The trades changed in {@code [since, until)}, each once (the newest version), with what could not be read. */
    Trades trades(String channel, Instant since, Instant until);

    /**
     * Tells the channel the trade's parcel left with the carrier ({@code carrierId}, its Kuajing plugin id) under
     * {@code trackingNumber}, so the buyer sees it. A repeat with the same number is harmless.
     */
    Confirmed confirmShipment(String channel, String tradeId, String carrierId, String trackingNumber, Instant shippedAt);

    /** The channel's answer to a shipment confirmation: taken or refused, and its remarks (errors first). */
    record Confirmed(boolean accepted, List<Remark> remarks) {
    }

    /** What the storefront shows: the Chinese title and description, the landed price of one unit, the stock. */
    record Listing(Sku sku, String title, String description, Money price, int stock) {
    }

    /** The channel's answer: accepted (with its own item id) or not, and its remarks (errors first). */
    record Listed(boolean accepted, String externalRef, List<Remark> remarks) {
    }

    /** A remark of the channel: its code (lower-case-with-dashes), whether it refused, the text, what it is about. */
    record Remark(String code, boolean refused, String text, String ref) {
    }

    record Trades(List<Trade> trades, List<Remark> problems) {
    }

    /**
     * A buyer's trade on the channel. {@code buyer}, {@code delivery} and {@code payment} are null where the channel
     * did not say; a trade without a payment is not paid.
     */
    record Trade(String id, String status, List<Line> lines, Money total, Buyer buyer, Delivery delivery,
                 Payment payment) {

        @Override
        public String toString() {
            return "Trade[" + id + ", " + status + "]";
        }
    }

    record Line(String sku, int quantity, Money unitPrice) {
    }

    /** The buyer as the channel verified them: real name, resident ID number, mobile. */
    record Buyer(String realName, String idNumber, String phone) {

        @Override
        public String toString() {
            return "Buyer[masked]";
        }
    }

    /** The receiver and the address by province, city and district name, as the storefront's buyer picked them. */
    record Delivery(String name, String phone, String province, String city, String district, String address) {

        @Override
        public String toString() {
            return "Delivery[masked]";
        }
    }

    /** The payment the channel took: the payment company (customs code and name), transaction number, amount, time. */
    record Payment(String companyCode, String companyName, String transactionId, Money paid, Instant paidAt) {
    }
}
