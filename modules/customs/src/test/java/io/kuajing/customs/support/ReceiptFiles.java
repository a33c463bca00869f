package io.kuajing.customs.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kuajing.customs.adapter.ceb.Ceb;
import io.kuajing.customs.adapter.singlewindow.ReceiptXml;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.kernel.ChinaTime;

/** A receipt written as customs writes it, for tests that drop receipts into an inbox. */
public final class ReceiptFiles {

    private ReceiptFiles() {
    }

    public static byte[] xml(Receipt r) {
        String guid = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        Map<String, String> f = new HashMap<>();
        f.put("guid", guid);
        put(f, "orderNo", r.orderNo());
        put(f, "copNo", r.copNo());
        put(f, "preNo", r.preNo());
        put(f, "invtNo", r.invtNo());
        put(f, "logisticsNo", r.logisticsNo());
        put(f, "payTransactionId", r.payTransactionId());
        f.put("returnTime", Ceb.TIME.format(r.time().atZone(ChinaTime.ZONE)) + "000");
        if (r.type() == MessageType.CEB816) {
            f.put("taxNo", r.taxBill().taxNo());
            f.put("customsTax", r.taxBill().customsTax().amount().toPlainString());
            f.put("valueAddedTax", r.taxBill().valueAddedTax().amount().toPlainString());
            f.put("consumptionTax", r.taxBill().consumptionTax().amount().toPlainString());
            f.put("status", String.valueOf(r.status()));
            return ReceiptXml.write(r.type(), guid, List.of(f), List.of(List.of()));
        }
        f.put("returnStatus", String.valueOf(r.status()));
        f.put("returnInfo", r.info().isEmpty() ? "-" : r.info());
        return ReceiptXml.write(r.type(), guid, List.of(f), List.of());
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null) {
            f.put(name, value);
        }
    }
}
