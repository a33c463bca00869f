package io.kuajing.app.globalselling;

import java.util.Map;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.export.declaration.*}: the registrations a 9610 parcel is declared under — the platform (ebp), the
 * logistics company that takes parcels out of the export hub, the declaring broker, the customs district and port of
 * exit, the transport mode (customs' code: 5 air) — customs' code of the port of destination per country (ISO), and
 * per marketplace (plugin id) the company that pays the buyer's payment over to the vendor (the payer of CEB403).
 * Development values in application-dev.yml; production sets its own.
 */
@ConfigurationProperties("kuajing.export.declaration")
public interface ExportDeclarationSettings {

    String getPlatformCode();

    String getPlatformName();

    String getLogisticsCode();

    String getLogisticsName();

    String getBrokerCode();

    String getBrokerName();

    String getCustomsCode();

    String getPortCode();

    String getTransportMode();

    Map<String, String> getDestinationPorts();

    Map<String, String> getPayers();
}
