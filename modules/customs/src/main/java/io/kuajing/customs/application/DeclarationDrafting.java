package io.kuajing.customs.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kuajing.customs.Company;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.OrderToDeclare;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.WaybillDocument;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import jakarta.inject.Singleton;

/**
 * Drafts the declaration of a CBEC order from what the seller knows of it: the parties, port and account book are
 * customs' registrations ({@link Declarants}); the documents are the order, its payment and the carrier's waybill.
 * The freight is the order's on all three documents (the amount that entered the taxable price); the line haul's
 * transport mode, means, flight and master bill are the carrier's booking's (couriers report none: the registered
 * mode, no bill).
 */
@Singleton
class DeclarationDrafting {

    /** 011 件: every line is declared in pieces. */
    private static final String PIECES = "011";
    private static final int GMODEL_MAX = 510;

    private final Declarants declarants;

    DeclarationDrafting(Declarants declarants) {
        this.declarants = declarants;
    }

    DeclarationRequest draft(OrderToDeclare order) {
        Regime regime = Regime.of(order.mode());
        Declarants.Declarant declarant = declarants.forOrder(regime, order.warehouse());
        OrderToDeclare.Waybill waybill = order.waybill();
        Money zero = Money.zero(Money.CNY);
        // Sold on a sales channel: the channel is the platform and its buyer paid through the channel's payment company.
        OrderToDeclare.SoldOn soldOn = order.soldOn();
        Company platform = soldOn == null ? declarant.platform() : declarants.channelPlatform(soldOn.channel());
        Company paymentCompany = soldOn == null ? declarant.payment() : new Company(soldOn.paymentCode(), soldOn.paymentName());
        OrderDocument orderDocument = new OrderDocument(platform, declarant.seller(), order.goodsValue(),
                order.freight(), zero, order.tax(), order.total(), order.buyerAccount(), order.buyer(), order.consignee());
        OrderToDeclare.Payment paid = order.payment();
        PaymentDocument payment = new PaymentDocument(paymentCompany, paid.transactionId(), paid.payer(),
                paid.amount(), paid.paidAt());
        List<BigDecimal> lineWeights = lineNetWeightsKg(order.lines(), waybill.grossWeightKg());
        BigDecimal netWeight = lineWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(waybill.grossWeightKg());
        WaybillDocument waybillDocument = new WaybillDocument(new Company(waybill.logisticsCode(), waybill.logisticsName()),
                waybill.waybillNumber(), waybill.masterBillNo(), order.freight(), zero, waybill.grossWeightKg(),
                netWeight.signum() > 0 ? netWeight : waybill.grossWeightKg(), waybill.packNo(), waybill.goodsInfo(),
                order.consignee(), waybill.transportMeans(), waybill.voyageNo(), order.shipsFrom());
        String transportMode = waybill.transportModeCode() != null ? waybill.transportModeCode() : declarant.transportMode();
        return new DeclarationRequest(order.orderNo(), regime, declarant.portCode(), declarant.emsNo(),
                transportMode, declarant.broker(), orderDocument, payment, waybillDocument,
                lines(order.lines(), lineWeights), declarant.areaOperator());
    }

    /**
     * The lines as customs declares them: itemName and gname are the product's reviewed Chinese title; gmodel is
     * 品名/品牌/规格 as far as the product says them (the catalogue keeps no composition, 成分, yet); the country is
     * the goods' origin — a line whose product has none is declared as 701 国别不详, never as the warehouse's
     * country; the net weight (for legal units in 千克) is {@link #lineNetWeightsKg}'s.
     */
    private static List<DeclaredLine> lines(List<OrderToDeclare.Line> sold, List<BigDecimal> netWeightsKg) {
        List<DeclaredLine> lines = new ArrayList<>();
        for (int i = 0; i < sold.size(); i++) {
            OrderToDeclare.Line l = sold.get(i);
            lines.add(new DeclaredLine(i + 1, l.sku(), l.title(), l.hsCode(), gmodel(l), null, PIECES,
                    BigDecimal.valueOf(l.quantity()), l.unitPrice(), l.value(), l.origin(), netWeightsKg.get(i)));
        }
        return lines;
    }

    /**
     * Each line's net weight in kg: the marketplace's unit weight × quantity; a line whose marketplace gave none
     * takes its value's share of what the carrier weighed beyond the known lines (the parcel's gross weight), so a
     * legal quantity in 千克 comes from a weighing, never from a guess.
     */
    static List<BigDecimal> lineNetWeightsKg(List<OrderToDeclare.Line> lines, BigDecimal parcelKg) {
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal unknownValue = BigDecimal.ZERO;
        for (OrderToDeclare.Line l : lines) {
            BigDecimal kg = lineNetWeightKg(l);
            if (kg == null) {
                unknownValue = unknownValue.add(l.value().amount());
            } else {
                known = known.add(kg);
            }
        }
        BigDecimal rest = parcelKg == null ? BigDecimal.ZERO : parcelKg.subtract(known).max(BigDecimal.ZERO);
        List<BigDecimal> weights = new ArrayList<>();
        for (OrderToDeclare.Line l : lines) {
            BigDecimal kg = lineNetWeightKg(l);
            weights.add(kg != null ? kg : unknownValue.signum() == 0 ? BigDecimal.ZERO
                    : rest.multiply(l.value().amount()).divide(unknownValue, 3, RoundingMode.HALF_UP));
        }
        return weights;
    }

    /** 品名/品牌/规格, the parts known; customs allows 510 characters. */
    static String gmodel(OrderToDeclare.Line line) {
        String gmodel = Stream.of(line.title(), line.brand(), line.specification())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining("/"));
        return gmodel.length() > GMODEL_MAX ? gmodel.substring(0, GMODEL_MAX) : gmodel;
    }

    private static BigDecimal lineNetWeightKg(OrderToDeclare.Line l) {
        return l.unitWeightGrams() == null ? null
                : BigDecimal.valueOf(l.unitWeightGrams()).multiply(BigDecimal.valueOf(l.quantity())).movePointLeft(3);
    }
}
