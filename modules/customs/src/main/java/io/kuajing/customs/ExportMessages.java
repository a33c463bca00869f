package io.kuajing.customs;

import java.util.List;

/**
 * Customs' export messages of the unified CBEC system (海关跨境出口业务节点报文, 2022-05 edition): what a 9610 parcel
 * is declared with, and the receipts the single window answers them with.
 */
public interface ExportMessages {

    /** CEB303 (order), CEB505 (waybill) and CEB603 (inventory list) of one parcel, unsigned, in that order. */
    List<ExportMessage> declare(ExportDeclarationRequest request, java.time.Instant at);

    /** CEB507: the parcels' arrival at the export supervision site, before they leave (unsigned). */
    ExportMessage arrival(ExportArrival arrival, java.time.Instant at);

    /** CEB509: the parcels left the country, reported by the carrier (unsigned). */
    ExportMessage departure(ExportDeparture departure, java.time.Instant at);

    /** CEB403: the vendor received the payment for an exported order, in the currency paid (unsigned). */
    ExportMessage paymentReceived(ExportPaymentReceived payment, java.time.Instant at);

    /** CEB605: withdrawing an inventory list customs accepted (unsigned). */
    ExportMessage cancellation(ExportCancellation cancellation, java.time.Instant at);

    /** CEB701: the summary declaration of a vendor's type-B inventory lists, named by their invtNo (unsigned). */
    ExportMessage summary(ExportSummary summary, java.time.Instant at);

    /** The receipts of one CEB304, CEB506, CEB604, CEB508, CEB510, CEB606, CEB404 or CEB702 message, in document order. */
    List<ExportReceipt> receipts(byte[] xml);

    /** One outgoing message: its type (CEB303 ...), the order it is for, its guid and its XML. */
    record ExportMessage(String type, String orderNo, String guid, byte[] xml) {
    }

    /**
     * One receipt: its type (CEB304 ...), the number it names its message by (orderNo, logisticsNo or copNo), the
     * status code (2 declared at the single window, 3 sent to customs, 100 returned, 399 / 800 accepted / released
     * ...), the text, the time, and for the inventory list the numbers customs gave it.
     */
    record ExportReceipt(String type, String key, int status, String info, java.time.Instant at, String preNo,
                         String invtNo) {
    }
}
