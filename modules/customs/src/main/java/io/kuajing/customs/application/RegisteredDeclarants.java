package io.kuajing.customs.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.Company;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.context.annotation.Context;

/**
 * The parties of each declaration, from {@link CustomsParties}. Checked when the app starts ({@code @Context}): a
 * missing registration stops the start with the name of the setting, because every message customs receives without
 * it is refused (or, worse, declared in someone else's name). Lengths are customs' (XSD): codes at most 18
 * characters, names 100, the DXP id 30.
 */
@Context
class RegisteredDeclarants implements Declarants {

    private static final String PREFIX = "kuajing.customs.parties.";

    private final CustomsParties parties;
    private final Company platform;
    private final Company seller;
    private final Company payment;
    private final Company broker;

    RegisteredDeclarants(CustomsParties parties) {
        this.parties = parties;
        Map<String, String> required = new LinkedHashMap<>();
        required.put("dxp-id", parties.getDxpId());
        required.put("platform-code", parties.getPlatformCode());
        required.put("platform-name", parties.getPlatformName());
        required.put("seller-code", parties.getSellerCode());
        required.put("seller-name", parties.getSellerName());
        required.put("payment-code", parties.getPaymentCode());
        required.put("payment-name", parties.getPaymentName());
        required.put("broker-code", parties.getBrokerCode());
        required.put("broker-name", parties.getBrokerName());
        required.put("direct-mail-port", parties.getDirectMailPort());
        List<String> problems = new ArrayList<>();
        required.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                problems.add(PREFIX + name + " is not set");
            } else if (value.length() > maxLength(name)) {
                problems.add(PREFIX + name + " is longer than customs allows (" + maxLength(name) + ")");
            }
        });
        if (parties.getDirectMailPort() != null && !parties.getDirectMailPort().matches("\\d{4}")) {
            problems.add(PREFIX + "direct-mail-port must be a 4-digit customs district code");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("customs registrations missing or wrong: " + String.join("; ", problems)
                    + " (see docs/customs.md, Conformance: what to register before going live; the dev environment"
                    + " -Dmicronaut.environments=dev ships development values)");
        }
        this.platform = new Company(parties.getPlatformCode(), parties.getPlatformName());
        this.seller = new Company(parties.getSellerCode(), parties.getSellerName());
        this.payment = new Company(parties.getPaymentCode(), parties.getPaymentName());
        this.broker = new Company(parties.getBrokerCode(), parties.getBrokerName());
    }

    private static int maxLength(String name) {
        return name.endsWith("-name") ? 100 : name.equals("dxp-id") ? 30 : 18;
    }

    @Override
    public Declarant forOrder(Regime regime, String warehouse) {
        if (!regime.isBonded()) {
            return new Declarant(platform, seller, payment, broker, null, parties.getDirectMailPort(), null,
                    parties.getDirectMailTransportMode());
        }
        String port = required(parties.getBondedPorts(), warehouse, "bonded-ports");
        String book = required(parties.getBondedBooks(), warehouse, "bonded-books");
        Company operator = new Company(required(parties.getAreaCodes(), warehouse, "area-codes"),
                required(parties.getAreaNames(), warehouse, "area-names"));
        // Goods in a bonded zone are already in China: transport mode Y (保税港区/综合保税区).
        return new Declarant(platform, seller, payment, broker, operator, port, book, "Y");
    }

    @Override
    public Company channelPlatform(String channel) {
        String code = CustomsParties.ofWarehouse(parties.getChannelPlatformCodes(), channel);
        String name = CustomsParties.ofWarehouse(parties.getChannelPlatformNames(), channel);
        if (code == null || code.isBlank() || name == null || name.isBlank() || code.length() > 18 || name.length() > 100) {
            throw new RuleViolation("channel", "channel-registered", "sales channel " + channel + " has no "
                    + PREFIX + "channel-platform-codes." + channel + " and channel-platform-names." + channel
                    + " registered (code at most 18 characters, name 100)");
        }
        return new Company(code, name);
    }

    @Override
    public java.util.Optional<String> bondedBookOf(String warehouse) {
        return java.util.Optional.ofNullable(CustomsParties.ofWarehouse(parties.getBondedBooks(), warehouse))
                .filter(book -> !book.isBlank());
    }

    /**
     * Warehouse codes in upper case, as customs writes them: configuration binding may hand map keys over in lower
     * case (which is why {@link CustomsParties#ofWarehouse} looks both up).
     */
    @Override
    public Map<String, String> bondedBooks() {
        Map<String, String> books = new LinkedHashMap<>();
        parties.getBondedBooks().forEach((warehouse, emsNo) -> books.put(warehouse.toUpperCase(java.util.Locale.ROOT), emsNo));
        return books;
    }

    private static String required(Map<String, String> byWarehouse, String warehouse, String setting) {
        String value = CustomsParties.ofWarehouse(byWarehouse, warehouse);
        if (value == null || value.isBlank()) {
            throw new RuleViolation("warehouse", "bonded-warehouse-registered", "bonded warehouse " + warehouse
                    + " has no " + PREFIX + setting + "." + warehouse + " registered");
        }
        return value;
    }
}
