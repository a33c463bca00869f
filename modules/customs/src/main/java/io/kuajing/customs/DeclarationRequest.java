package io.kuajing.customs;

import java.util.List;

import io.kuajing.kernel.Regime;

/**
 * Everything needed to declare one CBEC order: the three documents (order, payment, waybill) and what the
 * inventory list adds, in customs' field values. Customs drafts it from a seller's {@link OrderToDeclare} with its
 * registered companies, port and account book; {@code emsNo} and {@code areaOperator} are required for 1210/1239.
 *
 * @param portCode      the customs district of entry (4 digits, ports.csv)
 * @param transportMode the customs transport mode code (e.g. 5 air, 2 sea, 4 road)
 * @param broker        who declares the inventory list (customs broker or the platform itself)
 * @param areaOperator  the bonded-area warehouse operator (areaCode/areaName), bonded import only
 */
public record DeclarationRequest(String orderNo, Regime regime, String portCode, String emsNo, String transportMode,
                                 Company broker, OrderDocument order, PaymentDocument payment, WaybillDocument waybill,
                                 List<DeclaredLine> lines, Company areaOperator) {

    public DeclarationRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A request without a bonded-area operator (direct mail). */
    public DeclarationRequest(String orderNo, Regime regime, String portCode, String emsNo, String transportMode,
                              Company broker, OrderDocument order, PaymentDocument payment, WaybillDocument waybill,
                              List<DeclaredLine> lines) {
        this(orderNo, regime, portCode, emsNo, transportMode, broker, order, payment, waybill, lines, null);
    }
}
