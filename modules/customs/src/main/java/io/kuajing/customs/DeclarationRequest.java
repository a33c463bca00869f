package io.kuajing.customs;

import java.util.List;

/**
 * Everything needed to declare one CBEC order: the three documents (order, payment, waybill) and what the
 * inventory list adds. {@code emsNo} is the bonded account book, required for 1210/1239.
 *
 * @param portCode      the customs district of entry (4 digits, ports.csv)
 * @param transportMode the customs transport mode code (e.g. 5 air, 2 sea, 4 road)
 * @param broker        who declares the inventory list (customs broker or the platform itself)
 */
public record DeclarationRequest(String orderNo, Regime regime, String portCode, String emsNo, String transportMode,
                                 Company broker, OrderDocument order, PaymentDocument payment, WaybillDocument waybill,
                                 List<DeclaredLine> lines) {

    public DeclarationRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
