package io.kuajing.app.globalselling;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.ExportArrival;
import io.kuajing.customs.ExportDeclarationRequest;
import io.kuajing.customs.ExportDeclarations;
import io.kuajing.customs.ExportDeclaredLine;
import io.kuajing.customs.ExportDeparture;
import io.kuajing.customs.ExportPaymentReceived;
import io.kuajing.customs.ExportReports;
import io.kuajing.customs.ExportSummaries;
import io.kuajing.customs.ExportSummaryRequest;
import io.kuajing.customs.ExportSummaryView;
import io.kuajing.customs.ExportTradeMode;
import io.kuajing.customs.ExportWithdrawal;
import io.kuajing.export.ExportCustoms;
import io.kuajing.export.ParcelArrival;
import io.kuajing.export.ParcelDeparture;
import io.kuajing.export.SummaryDeclarationView;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import jakarta.inject.Singleton;

/**
 * Export's 9610 parcels and 9810 consignments declared through customs' API, under the registrations of
 * {@link ExportDeclarationSettings}. What export does not know is declared as customs allows for a parcel: freight and
 * insurance 0 (the buyer paid the marketplace, not a separate freight; a consignment's freight is the vendor's
 * business with its carrier), one carton per parcel (a consignment: the packages of its waybill), gross weight = net
 * weight, quantities in pieces (007, customs derives the legal quantities), simplified declaration (A: no refund
 * claimed, no licence — licensed goods never become 9610 orders nor 9810 consignments) unless the vendor claims the
 * VAT export refund: then its parcels' lists are type B, summed up monthly by a summary declaration (ADR 0035).
 */
@Singleton
class ExportCustomsFromCustoms implements ExportCustoms {

    /** Customs' unit code for pieces (个): a listing is sold by the piece. */
    static final String PIECES = "007";
    /** Customs requires a bar code field; goods without one are declared "无". */
    static final String NO_BAR_CODE = "无";
    /** Customs' transport codes (运输方式): waterway and air. */
    static final String WATERWAY = "2";
    static final String AIR = "5";
    /** Customs' transport code for the road (公路运输): parcels come to the supervision site by truck. */
    static final String ROAD = "4";

    private final ExportDeclarations customs;
    private final ExportReports reports;
    private final ExportSummaries summaries;
    private final ExportDeclarationSettings settings;
    private final Clock clock;

    ExportCustomsFromCustoms(ExportDeclarations customs, ExportReports reports, ExportSummaries summaries,
                             ExportDeclarationSettings settings, Clock clock) {
        this.customs = customs;
        this.reports = reports;
        this.summaries = summaries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void declare(Parcel parcel) {
        declare(ExportTradeMode.PARCEL_9610, parcel.orderNo(), new Company(parcel.vendorCustomsCode(), parcel.vendorName()),
                parcel.destination(), parcel.waybillNo(), settings.getTransportMode(), 1, parcel.summaryDeclaration(),
                parcel.items());
    }

    /**
     * The consignment under its number (the warehouse booking) and the carrier's bill of lading or air waybill, by
     * sea (customs' transport code 2, 水路运输) or air (5, 航空运输), with the packages the waybill counts.
     */
    @Override
    public void declare(Consignment consignment) {
        String transportMode = transportCode(consignment.transport());
        declare(ExportTradeMode.OVERSEAS_WAREHOUSE_9810, consignment.consignmentNo(),
                new Company(consignment.vendorCustomsCode(), consignment.vendorName()), consignment.destination(),
                consignment.waybillNo(), transportMode, consignment.packages(), false, consignment.items());
    }

    /**
     * The arrival at the customs office the parcels were declared at, by road, reported for the carrier they were
     * declared with (the waybill's logistics company).
     */
    @Override
    public String arrived(ParcelArrival arrival) {
        return reports.arrived(new ExportArrival(settings.getCustomsCode(), null,
                new Company(arrival.siteOperatorCode(), arrival.siteOperatorName()), arrival.siteCode(), ROAD, null,
                arrival.vehicle(), logistics(), arrival.waybillNos()));
    }

    /** The departure, reported by the carrier the parcels were declared with, at the office they were declared at. */
    @Override
    public String departed(ParcelDeparture departure) {
        return reports.departed(new ExportDeparture(settings.getCustomsCode(), null, logistics(),
                transportCode(departure.transport()), departure.transportName(), departure.voyageNo(),
                departure.billNo(), departure.leftAt(), departure.waybillNos()));
    }

    /** Asked by the broker that declared the list, at the office it was declared at. */
    @Override
    public void withdraw(Withdrawal w) {
        customs.withdraw(new ExportWithdrawal(w.orderNo(), settings.getCustomsCode(),
                new Company(settings.getBrokerCode(), settings.getBrokerName()),
                new Company(w.vendorCustomsCode(), w.vendorName()), w.reason()));
    }

    /**
     * Received by the vendor from the company that collects the marketplace's sales (configured per marketplace,
     * without a customs code: it is abroad), under the marketplace's order id, on the platform that declared it.
     */
    @Override
    public void paymentReceived(PaymentReceipt r) {
        String payer = setting(settings.getPayers(), r.marketplace());
        if (payer == null) {
            throw new RuleViolation("marketplace", "payer", "no payer is set for marketplace " + r.marketplace()
                    + " (kuajing.export.declaration.payers)");
        }
        customs.paymentReceived(new ExportPaymentReceived(new Company(settings.getPlatformCode(),
                settings.getPlatformName()), new Company(r.vendorCustomsCode(), r.vendorName()), r.orderNo(), null,
                payer, r.marketplaceOrderId(), r.total(), r.receivedAt()));
    }

    /** Declared by the broker that declared the lists, at the office they were declared at. */
    @Override
    public SummaryDeclarationView summarise(SummaryRequest request) {
        return view(summaries.summarise(new ExportSummaryRequest(settings.getCustomsCode(),
                new Company(settings.getBrokerCode(), settings.getBrokerName()),
                new Company(request.vendorCustomsCode(), request.vendorName()), request.month())));
    }

    @Override
    public Optional<SummaryDeclarationView> summary(String summaryNo) {
        return summaries.summary(summaryNo).map(ExportCustomsFromCustoms::view);
    }

    private static SummaryDeclarationView view(ExportSummaryView s) {
        return new SummaryDeclarationView(s.copNo(), s.vendorCode(), s.month(), s.status(), s.preNo(), s.sumNo(),
                s.reason(), s.lists().stream()
                .map(l -> new SummaryDeclarationView.SummarisedList(l.orderNo(), l.invtNo())).toList());
    }

    /** Configuration keys come lower-cased (us: ...): a key is looked up either way; null when not set. */
    private static String setting(Map<String, String> values, String key) {
        return values == null ? null : values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private Company logistics() {
        return new Company(settings.getLogisticsCode(), settings.getLogisticsName());
    }

    /** Customs' transport code of a SEA (2, 水路运输) or AIR (5, 航空运输) leg. */
    private static String transportCode(String transport) {
        return switch (transport) {
            case "SEA" -> WATERWAY;
            case "AIR" -> AIR;
            default -> throw new IllegalArgumentException("no customs transport code for " + transport);
        };
    }

    private void declare(ExportTradeMode mode, String number, Company vendor, String destination, String waybillNo,
                         String transportMode, int packages, boolean summaryDeclaration, List<Item> items) {
        String destinationPort = setting(settings.getDestinationPorts(), destination);
        if (destinationPort == null) {
            throw new RuleViolation("destination", "destination-port", "no port of destination is set for "
                    + destination + " (kuajing.export.declaration.destination-ports)");
        }
        List<ExportDeclaredLine> lines = new ArrayList<>();
        BigDecimal netKg = BigDecimal.ZERO;
        for (Item item : items) {
            BigDecimal qty = BigDecimal.valueOf(item.quantity());
            BigDecimal lineKg = item.unitWeightKg().multiply(qty);
            netKg = netKg.add(lineKg);
            lines.add(new ExportDeclaredLine(item.lineNo(), item.sku(), item.nameZh(), HsCode.of(item.hsCode()),
                    item.nameZh(), NO_BAR_CODE, PIECES, qty, item.unitValueCny(), item.unitValueCny().times(qty), lineKg));
        }
        String goods = items.get(0).nameZh();
        customs.declare(new ExportDeclarationRequest(number, mode, null,
                new Company(settings.getPlatformCode(), settings.getPlatformName()), vendor,
                logistics(), waybillNo,
                new Company(settings.getBrokerCode(), settings.getBrokerName()), settings.getCustomsCode(),
                settings.getPortCode(), ChinaTime.today(clock), transportMode,
                CountryCode.of(destination), destinationPort, Money.zero(Money.CNY), Money.zero(Money.CNY),
                netKg, netKg, packages, goods.length() > 200 ? goods.substring(0, 200) : goods, summaryDeclaration,
                lines));
    }
}
