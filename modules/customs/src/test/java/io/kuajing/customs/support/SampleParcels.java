package io.kuajing.customs.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.customs.Company;
import io.kuajing.customs.ExportDeclarationRequest;
import io.kuajing.customs.ExportDeclaredLine;
import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.ExportTradeMode;
import io.kuajing.customs.adapter.ceb.JaxbExportMessages;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;

/** 9610 export parcels as the tests declare them: a Shenzhen vendor's power bank to the US, by air. */
public final class SampleParcels {

    public static final ExportMessages WRITER = new JaxbExportMessages(Fixtures.REFERENCE.countries(),
            Fixtures.REFERENCE.currencies(), Fixtures.REFERENCE.legalUnits(), SampleMessages.DXP_ID);

    private SampleParcels() {
    }

    public static ExportDeclaredLine line(int gnum, String itemNo, String name, String hs, String unit, String qty,
                                          String price, String netKg) {
        Money unitPrice = Money.cny(price);
        return new ExportDeclaredLine(gnum, itemNo, name, HsCode.of(hs), name + "|10000mAh|无品牌", "无", unit,
                new BigDecimal(qty), unitPrice, unitPrice.times(new BigDecimal(qty)), new BigDecimal(netKg));
    }

    public static ExportDeclarationRequest parcel(String orderNo, boolean summary, List<ExportDeclaredLine> lines) {
        return new ExportDeclarationRequest(orderNo, ExportTradeMode.PARCEL_9610, "C" + orderNo, new Company("4403960KJX", "跨境出口平台有限公司"),
                new Company("4403960ABC", "深圳市安克创新科技有限公司"), new Company("4403980WLC", "跨境国际速递有限公司"),
                "LX" + orderNo.substring(2), new Company("4403980KJB", "跨境报关有限公司"), "5316", "5316",
                LocalDate.parse("2026-11-20"), "5", CountryCode.of("US"), "5021", Money.cny("35.00"), Money.cny("0.00"),
                new BigDecimal("0.80"), new BigDecimal("0.50"), 1, "充电宝", summary, lines);
    }

    /**
     * A 9810 consignment to an Amazon fulfilment centre in Canada by sea: 48 power banks (4,080 CNY, within the list limit) under the warehouse booking
     * {@code bookingNo}, the shipping line's bill of lading as the waybill, one pallet.
     */
    public static ExportDeclarationRequest consignment(String bookingNo) {
        return new ExportDeclarationRequest(bookingNo, ExportTradeMode.OVERSEAS_WAREHOUSE_9810, "C" + bookingNo,
                new Company("4403960KJX", "跨境出口平台有限公司"), new Company("4403960ABC", "深圳市安克创新科技有限公司"),
                new Company("4403980WLC", "跨境国际速递有限公司"), "COSU6301234560", new Company("4403980KJB", "跨境报关有限公司"),
                "5316", "5316", LocalDate.parse("2026-11-20"), "2", CountryCode.of("CA"), "5021", Money.cny("0.00"),
                Money.cny("0.00"), new BigDecimal("12.000"), new BigDecimal("12.000"), 1, "充电宝", false,
                List.of(line(1, "ANK-PB-10K", "充电宝", "8507600020", "007", "48", "85.00", "0.25")));
    }

    /** One power bank, declared simplified (A). */
    public static ExportDeclarationRequest powerBank(String orderNo) {
        return parcel(orderNo, false, List.of(line(1, "ANK-PB-10K", "充电宝", "8507600020", "007", "1", "85.00", "0.25")));
    }
}
