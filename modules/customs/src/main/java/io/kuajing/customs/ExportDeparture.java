package io.kuajing.customs;

import java.time.Instant;
import java.util.List;

/**
 * Parcels that left the country (离境, CEB509), reported by the carrier: the customs office, our number for the
 * report, the carrier, how they left (customs' transport code, the vessel or flight's name and voyage, the bill of
 * lading or air waybill) and when, and the waybill numbers of the parcels on board.
 */
public record ExportDeparture(String customsCode, String copNo, Company logistics, String transportMode,
                              String transportName, String voyageNo, String billNo, Instant leftAt,
                              List<String> logisticsNos) {

    public ExportDeparture {
        logisticsNos = List.copyOf(logisticsNos);
    }
}
