package io.kuajing.export.adapter.web;

import io.kuajing.export.ExportClearance;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

/**
 * The routes that hand a vendor's goods to customs, tested with one onboarded vendor and its power bank listed
 * (ANK-PB-10K, HS 8507600020), and customs answered through the test double of export's own port.
 */
abstract class ClearanceRoutesTest extends ExportRoutesTest {

    static final String POWER_BANK = "ANK-PB-10K";

    @Inject
    TestExportCustoms customs;
    @Inject
    ExportClearance clearance;

    String vendorId;

    @BeforeAll
    void vendorWithAListing() {
        vendorId = (String) call(asOperator(HttpRequest.POST("/api/export/vendors", vendor("91350100M000100Y43", "深圳市安克创新科技有限公司"))))
                .get("vendorId");
        call(asOperator(HttpRequest.PUT("/api/export/vendors/" + vendorId + "/listings", listing(POWER_BANK, "8507600020", false))));
    }
}
