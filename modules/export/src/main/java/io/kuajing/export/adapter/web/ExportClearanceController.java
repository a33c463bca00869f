package io.kuajing.export.adapter.web;

import io.kuajing.export.ExportClearance;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators hand a 9610 order's parcel to Chinese customs here; customs' answer comes later. */
@Tag(name = "export")
@ProblemResponses
@Controller("/api/export")
class ExportClearanceController {

    private final ExportClearance clearance;

    ExportClearanceController(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Post("/orders/{orderNo}/declaration")
    @Operation(summary = "Declare a 9610 order's parcel to customs",
            description = "Sends customs the order (CEB303), the waybill (CEB505) under the carrier's waybill number and "
                    + "the inventory list (CEB603): 202 with the order, which becomes DECLARED when customs accepts the "
                    + "list. The same order again declares nothing more. A 9810 order is refused "
                    + "(declared-9610-only). Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Handed to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Order> declare(String orderNo, @Body @Nullable DeclarationBody body) {
        DeclarationBody b = GlobalSellingController.required(body);
        return HttpResponse.accepted().body(ExportJson.Order.of(clearance.declare(orderNo, b.waybillNo())));
    }

    /** The carrier's waybill number of the parcel (运单号), which customs' waybill and inventory list name it by. */
    @Serdeable
    record DeclarationBody(@Nullable String waybillNo) {
    }
}
