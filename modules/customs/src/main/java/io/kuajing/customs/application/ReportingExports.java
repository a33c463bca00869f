package io.kuajing.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.kuajing.customs.ExportArrival;
import io.kuajing.customs.ExportDeparture;
import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.ExportReports;
import io.kuajing.customs.domain.declaration.ExportReport;
import io.kuajing.customs.domain.declaration.ExportReportRecords;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Arrival and departure reports of 9610 parcels: written, signed and checked like a declaration's messages, then
 * queued for the single window in one transaction, with the report kept under its number for its receipt (CEB508 /
 * CEB510) to be attributed to. The message writer refuses bad fields first (naming them); a
 * report customs' schema would still refuse is our fault, and is neither kept nor sent (it names no order to park
 * it under, unlike a declaration).
 */
@Singleton
class ReportingExports implements ExportReports {

    private static final Logger LOG = LoggerFactory.getLogger(ReportingExports.class);

    private final ExportMessages messages;
    private final SignedExportMessage signing;
    private final SingleWindowQueue queue;
    private final ExportReportRecords reports;
    private final Transactions transactions;
    private final Clock clock;

    ReportingExports(ExportMessages messages, SignedExportMessage signing, SingleWindowQueue queue,
                     ExportReportRecords reports, Transactions transactions, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.signing = signing;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String arrived(ExportArrival a) {
        Instant now = clock.instant();
        String copNo = CopNumbers.next(now);
        send(messages.arrival(new ExportArrival(a.customsCode(), copNo, a.siteOperator(), a.siteCode(),
                a.transportMode(), a.billNo(), a.domesticVehicle(), a.logistics(), a.logisticsNos()), now), now,
                a.logisticsNos());
        return copNo;
    }

    @Override
    public String departed(ExportDeparture d) {
        Instant now = clock.instant();
        String copNo = CopNumbers.next(now);
        send(messages.departure(new ExportDeparture(d.customsCode(), copNo, d.logistics(), d.transportMode(),
                d.transportName(), d.voyageNo(), d.billNo(), d.leftAt(), d.logisticsNos()), now), now,
                d.logisticsNos());
        return copNo;
    }

    private void send(ExportMessages.ExportMessage message, Instant now, List<String> parcels) {
        OutgoingMessage signed = signing.of(MessageType.valueOf(message.type()), message.orderNo(), message);
        transactions.write(() -> {
            queue.queue(List.of(signed), now);
            reports.add(ExportReport.reported(signed.orderNo(), signed.type()), now);
            return null;
        });
        LOG.info("reported {} {} of {} parcels", signed.type().meaning(), signed.orderNo(), parcels.size());
    }
}
