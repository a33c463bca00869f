package io.kuajing.plugin.carrier;

import java.util.regex.Pattern;

/**
 * How a line-haul carrier brings a direct-mail (9610) parcel into China, as customs' inventory list declares it
 * (CEB621 InventoryHead trafMode, trafNo, voyageNo, billNo; the same master bill is CEB511's billNo):
 *
 * <ul>
 *   <li>{@code transportModeCode}: customs' transport mode code (JGS-20 运输方式代码, one character), e.g. {@code 5}
 *       air, {@code 2} sea, {@code 4} road;</li>
 *   <li>{@code transportMeans}: the means of transport's name or number (运输工具名称/编号, at most 100 characters),
 *       for air the flight number, e.g. {@code CZ328};</li>
 *   <li>{@code voyageNo}: the voyage (航次号, at most 32 characters), for air the flight's departure date
 *       {@code yyyyMMdd};</li>
 *   <li>{@code masterBillNo}: the master bill the parcel travels under (提运单号: master air waybill, ocean bill of
 *       lading or road manifest; at most 37 characters), as the carrier manifests it to customs.</li>
 * </ul>
 *
 * The lengths are customs' schema limits (2022-05 edition), checked here so a carrier's bad data fails at the
 * plugin boundary, not at the gate.
 */
public record LineHaulTransport(String transportModeCode, String transportMeans, String voyageNo, String masterBillNo) {

    private static final Pattern MODE = Pattern.compile("[0-9A-Z]");

    public LineHaulTransport {
        if (transportModeCode == null || !MODE.matcher(transportModeCode).matches()) {
            throw new IllegalArgumentException("transportModeCode must be customs' one-character transport mode code");
        }
        transportMeans = required(transportMeans, "transportMeans", 100);
        voyageNo = required(voyageNo, "voyageNo", 32);
        masterBillNo = required(masterBillNo, "masterBillNo", 37);
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new IllegalArgumentException(field + " is at most " + maxLength + " characters");
        }
        return v;
    }
}
