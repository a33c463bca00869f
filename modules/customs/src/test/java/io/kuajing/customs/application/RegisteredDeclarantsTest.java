package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/** Customs' registrations are settings: missing ones stop the start, naming each setting. */
class RegisteredDeclarantsTest {

    static CustomsParties registered() {
        CustomsParties p = new CustomsParties();
        p.setDxpId("DXPENT0000000001");
        p.setPlatformCode("3301960XXA");
        p.setPlatformName("跨境优选平台");
        p.setSellerCode("3301960XXB");
        p.setSellerName("跨境优选贸易有限公司");
        p.setPaymentCode("3120980XXD");
        p.setPaymentName("支付科技有限公司");
        p.setBrokerCode("3301980XXC");
        p.setBrokerName("杭州报关行有限公司");
        p.setDirectMailPort("2200");
        p.setChannelPlatformCodes(java.util.Map.of("cn-mall", "3301966XXM"));
        p.setChannelPlatformNames(java.util.Map.of("cn-mall", "模拟商城平台有限公司"));
        return p;
    }

    @Test
    void withoutRegistrationsTheAppDoesNotStartAndSaysWhichSettingsAreMissing() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new RegisteredDeclarants(new CustomsParties()));
        for (String setting : new String[] {"dxp-id", "platform-code", "platform-name", "seller-code", "seller-name",
                "payment-code", "payment-name", "broker-code", "broker-name", "direct-mail-port"}) {
            assertTrue(refused.getMessage().contains("kuajing.customs.parties." + setting + " is not set"), setting);
        }
        CustomsParties tooLong = registered();
        tooLong.setPlatformCode("9".repeat(19));
        assertTrue(assertThrows(IllegalStateException.class, () -> new RegisteredDeclarants(tooLong)).getMessage()
                .contains("kuajing.customs.parties.platform-code is longer than customs allows (18)"));
    }

    @Test
    void directMailAndEachBondedWarehouseAreDeclaredUnderTheirRegistrations() {
        CustomsParties p = registered();
        p.setBondedPorts(Map.of("kj-nb-bonded", "3100"));
        p.setBondedBooks(Map.of("KJ-NB-BONDED", "T3100W000001"));
        p.setAreaCodes(Map.of("KJ-NB-BONDED", "3302980KJW"));
        p.setAreaNames(Map.of("KJ-NB-BONDED", "宁波跨境保税仓储有限公司"));
        RegisteredDeclarants declarants = new RegisteredDeclarants(p);
        Declarants.Declarant mail = declarants.forOrder(Regime.CBEC_DIRECT_MAIL, "US-NJ-01");
        assertEquals("2200", mail.portCode());
        assertEquals("5", mail.transportMode());
        assertEquals(null, mail.areaOperator());
        Declarants.Declarant bonded = declarants.forOrder(Regime.CBEC_BONDED, "KJ-NB-BONDED");
        assertEquals("3100", bonded.portCode());
        assertEquals("T3100W000001", bonded.emsNo());
        assertEquals("3302980KJW", bonded.areaOperator().code());
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> declarants.forOrder(Regime.CBEC_BONDED, "KJ-XX"));
        assertEquals("bonded-warehouse-registered", unknown.rule());
        assertTrue(unknown.getMessage().contains("kuajing.customs.parties.bonded-ports.KJ-XX"), unknown.getMessage());
    }
}
