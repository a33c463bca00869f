package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.kuajing.customs.Company;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationStatus;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.kernel.Regime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_declaration}: the parties flattened to code and name, the regime by its customs code. */
@MappedEntity("customs_declaration")
record DeclarationRow(@Id String orderNo, String regime, String portCode, @Nullable String emsNo, @Nullable String invtNo,
                      String ebpCode, String ebpName, String ebcCode, String ebcName, String agentCode, String agentName,
                      String logisticsCode, String logisticsName, String logisticsNo, String buyerKey, String buyerMasked,
                      BigDecimal acturalPaid, BigDecimal taxTotal, String status, @Nullable String pendingRequest,
                      @Nullable String reason, @Nullable LocalDate releasedOn, @Nullable LocalDate returnRequestedOn,
                      @Nullable LocalDate returnArrivedOn, LocalDateTime declaredAt, LocalDateTime updatedAt,
                      @Nullable String copNo, @Nullable String preNo, @Nullable String payTransactionId) {

    static DeclarationRow of(Declaration d, LocalDateTime now) {
        Declaration.Parties p = d.parties();
        return new DeclarationRow(d.orderNo(), d.regime().code(), d.portCode(), d.emsNo(), d.invtNo(),
                p.platform().code(), p.platform().name(), p.seller().code(), p.seller().name(), p.agent().code(),
                p.agent().name(), p.logistics().code(), p.logistics().name(), d.logisticsNo(), d.buyer().hash(),
                d.buyer().masked(), Cny.amount(d.acturalPaid()), Cny.amount(d.taxTotal()), d.status().name(),
                d.pending() == null ? null : d.pending().name(), d.reason(), d.releasedOn(), d.returnRequestedOn(),
                d.returnArrivedOn(), now, now, d.copNo(), d.preNo(), d.payTransactionId());
    }

    Declaration declaration(List<DeclarationLine> lines) {
        return new Declaration(orderNo, copNo, payTransactionId, Regime.ofCode(regime), portCode, emsNo,
                new Declaration.Parties(new Company(ebpCode, ebpName), new Company(ebcCode, ebcName),
                        new Company(agentCode, agentName), new Company(logisticsCode, logisticsName)),
                logisticsNo, new BuyerKey(buyerKey, buyerMasked), Cny.of(acturalPaid), Cny.of(taxTotal), lines,
                invtNo, preNo, DeclarationStatus.valueOf(status),
                pendingRequest == null ? null : Declaration.Pending.valueOf(pendingRequest), reason, releasedOn,
                returnRequestedOn, returnArrivedOn);
    }
}
