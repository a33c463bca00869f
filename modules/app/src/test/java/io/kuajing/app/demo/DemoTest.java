package io.kuajing.app.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The demo command on its embedded database, as a user runs it (with the build's plugin folder and the repository's
 * configuration, since tests run from the module folder): orders in every mode reach the doorstep and the report
 * says so.
 */
class DemoTest {

    @Test
    void theDemoTakesOrdersOfEveryModeToTheDoorstepAndReports() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Demo.run(30, Map.of(
                "kuajing.plugins.dir", "target/kuajing/plugins",
                "kuajing.plugins.settings.us-spapi-export.feed-dir", "../../config/samples/us-spapi",
                "kuajing.plugins.settings.jp-csv-export.feed-dir", "../../config/samples/jp-csv",
                "kuajing.catalog.reference-dir", "../../config/catalog",
                "kuajing.customs.reference-data", "../../config/customs",
                "kuajing.export.reference-dir", "../../config/export",
                "kuajing.demo.follow-for", "45s"), new PrintStream(report, true, StandardCharsets.UTF_8));

        String printed = report.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("imported us-spapi-export") && printed.contains("imported jp-csv-export"), printed);
        for (String mode : new String[] {"DIRECT_MAIL", "FLASH_PURCHASE", "DIRECT_PURCHASE"}) {
            assertTrue(printed.contains(mode + " delivered in"), mode + " orders were delivered:\n" + printed);
            java.util.regex.Matcher onTime = java.util.regex.Pattern.compile(mode + " delivered in .* on time (\\d+) of (\\d+)").matcher(printed);
            assertTrue(onTime.find(), mode + " deliveries measured against their promise:\n" + printed);
            if (mode.equals("DIRECT_MAIL")) {
                // Days of margin (the flight, the port, the last mile against 6-8 working days), unlike the
                // domestic modes' hours, which a loaded machine's polling delays could eat.
                assertTrue(onTime.group(1).equals(onTime.group(2)), "direct mail kept its promise:\n" + printed);
            }
        }
        assertTrue(printed.contains("sales by marketplace"), printed);
        java.util.regex.Matcher returns = java.util.regex.Pattern.compile("returned after delivery: (\\d+) of (\\d+) asked").matcher(printed);
        assertTrue(returns.find() && returns.group(1).equals(returns.group(2)), "every return asked was taken back:\n" + printed);
        java.util.regex.Matcher channel = java.util.regex.Pattern.compile("cn-mall .*: listed \\[(.*)] .*; (\\d+) trades pulled").matcher(printed);
        assertTrue(channel.find() && channel.group(1).split(", ").length == 3 && Integer.parseInt(channel.group(2)) == 6,
                "a product of each mode listed on the Chinese channel, two trades each pulled in:\n" + printed);
        assertTrue(printed.contains("cn-mall orders by mode and status"), printed);
        java.util.regex.Matcher booked = java.util.regex.Pattern.compile("parcels booked with the post's outbound EMS .*: (\\d+) of (\\d+)").matcher(printed);
        assertTrue(booked.find() && booked.group(1).equals(booked.group(2)) && Integer.parseInt(booked.group(1)) >= 6,
                "every 9610 parcel booked with the post:\n" + printed);
        java.util.regex.Matcher trip = java.util.regex.Pattern.compile("reported to customs and accepted: (\\d+) parcels arrived .*, (\\d+) departed").matcher(printed);
        assertTrue(trip.find() && trip.group(1).equals(trip.group(2)) && Integer.parseInt(trip.group(1)) >= 6,
                "every accepted parcel reported arrived and departed, both reports accepted by customs:\n" + printed);
        for (String site : new String[] {"amazon.com", "amazon.co.jp"}) {
            java.util.regex.Matcher abroad = java.util.regex.Pattern.compile("confirmed shipped to " + site.replace(".", "\\.")
                    + ": (\\d+) of (\\d+)").matcher(printed);
            assertTrue(abroad.find() && Integer.parseInt(abroad.group(2)) >= 3 && abroad.group(1).equals(abroad.group(2)),
                    "every vendor parcel sold on " + site + " was declared for export and its shipment reached it:\n" + printed);
        }
        assertTrue(printed.contains("sales abroad on us-spapi") && printed.contains("sales abroad on jp-spapi"), printed);
        System.out.println(printed);
    }
}
