package io.kuajing.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;

/**
 * An export declared by inventory list, under its trade mode: a 9610 parcel, or a 9810 consignment to an overseas
 * warehouse (its {@code orderNo} the warehouse booking, its {@code logisticsNo} the bill of lading or air waybill), as
 * customs is told about it (CEB303 order, CEB505 waybill, CEB603 inventory list): the
 * platform that sold it, the Chinese vendor (ebc, also the owner: the vendor ships its own goods), the carrier and its
 * waybill number, the declaring broker, the port it leaves by and when, where it goes, and the goods at their
 * declared values in CNY. {@code summaryDeclaration} chooses 汇总申报 (B, goods whose exporter claims the VAT refund
 * or that need a licence: summed up later by CEB701) over 简化申报 (A, no licence, no export duty, no refund).
 * {@code copNo} may be null when {@link ExportDeclarations} declares it: customs numbers each declaration itself.
 */
public record ExportDeclarationRequest(String orderNo, ExportTradeMode tradeMode, String copNo, Company platform, Company vendor,
                                       Company logistics, String logisticsNo, Company broker, String customsCode,
                                       String portCode, LocalDate exportDate, String transportMode,
                                       CountryCode destination, String destinationPort, Money freight,
                                       Money insuredFee, BigDecimal grossWeightKg, BigDecimal netWeightKg,
                                       int packages, String goodsInfo, boolean summaryDeclaration,
                                       List<ExportDeclaredLine> lines) {

    public ExportDeclarationRequest {
        lines = List.copyOf(lines);
    }

    /** The same parcel under our number of its inventory list (copNo, 企业内部编号). */
    public ExportDeclarationRequest withCopNo(String number) {
        return new ExportDeclarationRequest(orderNo, tradeMode, number, platform, vendor, logistics, logisticsNo, broker,
                customsCode, portCode, exportDate, transportMode, destination, destinationPort, freight, insuredFee,
                grossWeightKg, netWeightKg, packages, goodsInfo, summaryDeclaration, lines);
    }
}
