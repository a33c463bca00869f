package io.kuajing.customs;

import java.util.List;

/**
 * Parcels arriving at the export supervision site (运抵, CEB507): the customs office, our number for the report, the
 * site's operator (for mail, the postal company), the site code when the office has several, how they came (customs'
 * transport code and the domestic vehicle, e.g. the truck's plate), the bill if any, the carrier and its waybill
 * numbers.
 */
public record ExportArrival(String customsCode, String copNo, Company siteOperator, String siteCode,
                            String transportMode, String billNo, String domesticVehicle, Company logistics,
                            List<String> logisticsNos) {

    public ExportArrival {
        logisticsNos = List.copyOf(logisticsNos);
    }
}
