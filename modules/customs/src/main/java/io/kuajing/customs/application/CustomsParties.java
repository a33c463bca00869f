package io.kuajing.customs.application;

import java.util.Locale;
import java.util.Map;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.customs.parties.*}: the registrations customs knows Kuajing's parties by — the DXP id of the
 * single-window client that transmits every message (中国电子口岸数据交换平台用户编号), the customs registration
 * code (10-character 海关注册编码 or 18-character 统一社会信用代码) and registered name of the platform (ebp), the
 * e-commerce company (ebc), the payment company and the declaring broker; the direct-mail port; and per bonded
 * warehouse its port, account book (emsNo) and the registered operator of the bonded-area warehouse
 * (areaCode/areaName). The logistics company of each parcel comes from its carrier's booking (WaybillAssigned).
 * There are no defaults: the dev environment ships development values (application-dev.yml) and production
 * refuses to start without its own ({@link RegisteredDeclarants}).
 */
@ConfigurationProperties("kuajing.customs.parties")
public class CustomsParties {

    private String dxpId;
    private String platformCode;
    private String platformName;
    private String sellerCode;
    private String sellerName;
    private String paymentCode;
    private String paymentName;
    private String brokerCode;
    private String brokerName;
    private String directMailPort;
    private String directMailTransportMode = "5";
    private Map<String, String> bondedPorts = Map.of();
    private Map<String, String> bondedBooks = Map.of();
    private Map<String, String> areaCodes = Map.of();
    private Map<String, String> areaNames = Map.of();
    private Map<String, String> channelPlatformCodes = Map.of();
    private Map<String, String> channelPlatformNames = Map.of();

    public String getDxpId() {
        return dxpId;
    }

    public void setDxpId(String dxpId) {
        this.dxpId = dxpId;
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public void setPlatformCode(String platformCode) {
        this.platformCode = platformCode;
    }

    public String getPlatformName() {
        return platformName;
    }

    public void setPlatformName(String platformName) {
        this.platformName = platformName;
    }

    public String getSellerCode() {
        return sellerCode;
    }

    public void setSellerCode(String sellerCode) {
        this.sellerCode = sellerCode;
    }

    public String getSellerName() {
        return sellerName;
    }

    public void setSellerName(String sellerName) {
        this.sellerName = sellerName;
    }

    public String getPaymentCode() {
        return paymentCode;
    }

    public void setPaymentCode(String paymentCode) {
        this.paymentCode = paymentCode;
    }

    public String getPaymentName() {
        return paymentName;
    }

    public void setPaymentName(String paymentName) {
        this.paymentName = paymentName;
    }

    public String getBrokerCode() {
        return brokerCode;
    }

    public void setBrokerCode(String brokerCode) {
        this.brokerCode = brokerCode;
    }

    public String getBrokerName() {
        return brokerName;
    }

    public void setBrokerName(String brokerName) {
        this.brokerName = brokerName;
    }

    public String getDirectMailPort() {
        return directMailPort;
    }

    public void setDirectMailPort(String directMailPort) {
        this.directMailPort = directMailPort;
    }

    /** The transport mode of direct mail's line haul (JGS-20 运输方式: 5 air, 2 sea, 4 road); default 5. */
    public String getDirectMailTransportMode() {
        return directMailTransportMode;
    }

    public void setDirectMailTransportMode(String directMailTransportMode) {
        this.directMailTransportMode = directMailTransportMode;
    }

    /** Bonded warehouse code to the customs district (关区) it is cleared in. */
    public Map<String, String> getBondedPorts() {
        return bondedPorts;
    }

    public void setBondedPorts(Map<String, String> bondedPorts) {
        this.bondedPorts = bondedPorts;
    }

    /** Bonded warehouse code to its electronic account book number (emsNo). */
    public Map<String, String> getBondedBooks() {
        return bondedBooks;
    }

    public void setBondedBooks(Map<String, String> bondedBooks) {
        this.bondedBooks = bondedBooks;
    }

    /** Bonded warehouse code to its operator's customs registration code (areaCode). */
    public Map<String, String> getAreaCodes() {
        return areaCodes;
    }

    public void setAreaCodes(Map<String, String> areaCodes) {
        this.areaCodes = areaCodes;
    }

    /** Bonded warehouse code to its operator's registered name (areaName). */
    public Map<String, String> getAreaNames() {
        return areaNames;
    }

    public void setAreaNames(Map<String, String> areaNames) {
        this.areaNames = areaNames;
    }

    /**
     * Sales channel (marketplace plugin id, e.g. cn-mall) to the customs registration code of its platform: the ebp of
     * the orders sold there ({@code kuajing.customs.parties.channel-platform-codes.<channel>}).
     */
    public Map<String, String> getChannelPlatformCodes() {
        return channelPlatformCodes;
    }

    public void setChannelPlatformCodes(Map<String, String> channelPlatformCodes) {
        this.channelPlatformCodes = channelPlatformCodes;
    }

    /** Sales channel to its platform's registered name ({@code channel-platform-names.<channel>}). */
    public Map<String, String> getChannelPlatformNames() {
        return channelPlatformNames;
    }

    public void setChannelPlatformNames(Map<String, String> channelPlatformNames) {
        this.channelPlatformNames = channelPlatformNames;
    }

    /** A warehouse's value; configuration keys arrive lower-cased, warehouse codes do not. */
    static String ofWarehouse(Map<String, String> byWarehouse, String warehouse) {
        if (warehouse == null) {
            return null;
        }
        String exact = byWarehouse.get(warehouse);
        return exact != null ? exact : byWarehouse.get(warehouse.toLowerCase(Locale.ROOT));
    }
}
