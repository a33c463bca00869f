package io.kuajing.plugin.aerolink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.kuajing.plugin.carrier.Address;

/**
 * The time zone of a ship-from address, for the dates a shipper writes: an air waybill's ship date is the
 * warehouse's local date, not UTC's (at 02:00 UTC it is still yesterday evening in New Jersey). The request
 * carries no zone, only the address, so the zone follows the country and, where a country spans several zones
 * (US, AU), the state in {@link Address#province()} as a postal abbreviation. An unknown state falls back to the
 * country's most populous zone, an unknown country to UTC; both are off by hours at most, never by the day's
 * meaning for most of the day.
 */
final class OriginZone {

    private static final Map<String, ZoneId> COUNTRIES = Map.of(
            "US", ZoneId.of("America/New_York"),
            "AU", ZoneId.of("Australia/Sydney"),
            "JP", ZoneId.of("Asia/Tokyo"),
            "DE", ZoneId.of("Europe/Berlin"),
            "GB", ZoneId.of("Europe/London"),
            "FR", ZoneId.of("Europe/Paris"),
            "KR", ZoneId.of("Asia/Seoul"),
            "CN", ZoneId.of("Asia/Shanghai"));

    /** Country + state to zone; a state split between zones takes the zone where most of its people live. */
    private static final Map<String, ZoneId> STATES = new HashMap<>();

    static {
        states("US", "America/New_York", "CT DC DE FL GA IN KY MA MD ME MI NC NH NJ NY OH PA RI SC VA VT WV");
        states("US", "America/Chicago", "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI");
        states("US", "America/Denver", "CO ID MT NM UT WY");
        states("US", "America/Phoenix", "AZ");
        states("US", "America/Los_Angeles", "CA NV OR WA");
        states("US", "America/Anchorage", "AK");
        states("US", "Pacific/Honolulu", "HI");
        states("AU", "Australia/Sydney", "NSW ACT");
        states("AU", "Australia/Melbourne", "VIC");
        states("AU", "Australia/Brisbane", "QLD");
        states("AU", "Australia/Adelaide", "SA");
        states("AU", "Australia/Perth", "WA");
        states("AU", "Australia/Hobart", "TAS");
        states("AU", "Australia/Darwin", "NT");
    }

    private OriginZone() {
    }

    private static void states(String country, String zone, String codes) {
        for (String code : codes.split(" ")) {
            STATES.put(country + "-" + code, ZoneId.of(zone));
        }
    }

    static ZoneId of(Address origin) {
        String state = origin.province() == null ? "" : origin.province().strip().toUpperCase(java.util.Locale.ROOT);
        ZoneId zone = STATES.get(origin.countryCode() + "-" + state);
        return zone != null ? zone : COUNTRIES.getOrDefault(origin.countryCode(), ZoneOffset.UTC);
    }

    /** The date at the origin at {@code now}. */
    static LocalDate localDate(Instant now, Address origin) {
        return LocalDate.ofInstant(now, of(origin));
    }
}
