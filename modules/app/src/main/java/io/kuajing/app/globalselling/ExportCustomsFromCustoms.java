package io.kuajing.app.globalselling;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.customs.Company;
import io.kuajing.customs.ExportDeclarationRequest;
import io.kuajing.customs.ExportDeclarations;
import io.kuajing.customs.ExportDeclaredLine;
import io.kuajing.export.ExportCustoms;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import jakarta.inject.Singleton;

/**
 * Export's 9610 parcels declared through customs' API, under the registrations of {@link ExportDeclarationSettings}.
 * What export does not know is declared as customs allows for a parcel: freight and insurance 0 (the buyer paid
 * the marketplace, not a separate freight), one carton, gross weight = net weight, quantities in pieces (007, customs
 * derives the legal quantities), simplified declaration (A: no refund claimed, no licence — licensed goods never
 * become 9610 orders).
 */
@Singleton
class ExportCustomsFromCustoms implements ExportCustoms {

    /** Customs' unit code for pieces (个): a listing is sold by the piece. */
    static final String PIECES = "007";
    /** Customs requires a bar code field; goods without one are declared "无". */
    static final String NO_BAR_CODE = "无";

    private final ExportDeclarations customs;
    private final ExportDeclarationSettings settings;
    private final Clock clock;

    ExportCustomsFromCustoms(ExportDeclarations customs, ExportDeclarationSettings settings, Clock clock) {
        this.customs = customs;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void declare(Parcel parcel) {
        // Configuration keys come lower-cased (us: ...): the country is looked up either way.
        String destinationPort = settings.getDestinationPorts() == null ? null : settings.getDestinationPorts()
                .entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(parcel.destination()))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        if (destinationPort == null) {
            throw new RuleViolation("destination", "destination-port", "no port of destination is set for "
                    + parcel.destination() + " (kuajing.export.declaration.destination-ports)");
        }
        List<ExportDeclaredLine> lines = new ArrayList<>();
        BigDecimal netKg = BigDecimal.ZERO;
        for (Item item : parcel.items()) {
            BigDecimal qty = BigDecimal.valueOf(item.quantity());
            BigDecimal lineKg = item.unitWeightKg().multiply(qty);
            netKg = netKg.add(lineKg);
            lines.add(new ExportDeclaredLine(item.lineNo(), item.sku(), item.nameZh(), HsCode.of(item.hsCode()),
                    item.nameZh(), NO_BAR_CODE, PIECES, qty, item.unitValueCny(), item.unitValueCny().times(qty), lineKg));
        }
        String goods = parcel.items().get(0).nameZh();
        customs.declare(new ExportDeclarationRequest(parcel.orderNo(), null,
                new Company(settings.getPlatformCode(), settings.getPlatformName()),
                new Company(parcel.vendorCustomsCode(), parcel.vendorName()),
                new Company(settings.getLogisticsCode(), settings.getLogisticsName()), parcel.waybillNo(),
                new Company(settings.getBrokerCode(), settings.getBrokerName()), settings.getCustomsCode(),
                settings.getPortCode(), ChinaTime.today(clock), settings.getTransportMode(),
                CountryCode.of(parcel.destination()), destinationPort, Money.zero(Money.CNY), Money.zero(Money.CNY),
                netKg, netKg, 1, goods.length() > 200 ? goods.substring(0, 200) : goods, false, lines));
    }
}
