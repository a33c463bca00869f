package io.kuajing.purchase.application;

import java.util.Locale;
import java.util.Map;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.purchase.declarant.*}: who Kuajing is on a customs declaration — the platform (ebp), the seller
 * (ebc), the customs broker, the payment company — their customs registration codes and names, the port where
 * direct mail is cleared, and for each bonded warehouse its port and account book (emsNo). The defaults are
 * development values; a real deployment sets its own registrations.
 */
@ConfigurationProperties("kuajing.purchase.declarant")
public class DeclarantSettings {

    private String platformCode = "3101960KJP";
    private String platformName = "跨境海外购平台";
    private String sellerCode = "3101960KJS";
    private String sellerName = "跨境海外购贸易有限公司";
    private String brokerCode = "3101980KJB";
    private String brokerName = "跨境报关有限公司";
    private String paymentCode = "3101980KJY";
    private String paymentName = "跨境支付沙箱";
    private String directMailPort = "2200";
    private Map<String, String> bondedPorts = Map.of();
    private Map<String, String> bondedBooks = Map.of();

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

    public String getDirectMailPort() {
        return directMailPort;
    }

    public void setDirectMailPort(String directMailPort) {
        this.directMailPort = directMailPort;
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

    /** The port of a bonded warehouse; configuration keys arrive lower-cased, warehouse codes do not. */
    String bondedPortOf(String warehouse) {
        return lookup(bondedPorts, warehouse);
    }

    String bondedBookOf(String warehouse) {
        return lookup(bondedBooks, warehouse);
    }

    private static String lookup(Map<String, String> byWarehouse, String warehouse) {
        String exact = byWarehouse.get(warehouse);
        return exact != null ? exact : byWarehouse.get(warehouse.toLowerCase(Locale.ROOT));
    }
}
