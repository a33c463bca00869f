package io.kuajing.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.ExportSummaries;
import io.kuajing.customs.ExportSummary;
import io.kuajing.customs.ExportSummaryRequest;
import io.kuajing.customs.ExportSummaryView;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.SummaryDeclaration;
import io.kuajing.customs.domain.declaration.SummaryDeclarationRecords;
import io.kuajing.customs.domain.declaration.SummaryDeclarationRecords.SummarisableList;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summary declarations (CEB701): in ONE transaction the vendor's concluded type-B lists of the month not summed up yet
 * are read locked, their CEB701 written, signed and checked against customs' export schema, the summary kept and each
 * list marked with it, and the message queued for the single window (sent after commit). Locking the lists makes a
 * second summary at the same time wait, then find nothing left: no list is declared twice. A CEB701 the schema
 * would still refuse is our fault: an error, nothing kept.
 */
@Singleton
class SummarisingExports implements ExportSummaries {

    private static final Logger LOG = LoggerFactory.getLogger(SummarisingExports.class);

    private final ExportMessages messages;
    private final SignedExportMessage signing;
    private final SummaryDeclarationRecords summaries;
    private final SingleWindowQueue queue;
    private final Transactions transactions;
    private final Clock clock;

    SummarisingExports(ExportMessages messages, SignedExportMessage signing, SummaryDeclarationRecords summaries,
                       SingleWindowQueue queue, Transactions transactions, Clock clock) {
        this.messages = messages;
        this.signing = signing;
        this.summaries = summaries;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ExportSummaryView summarise(ExportSummaryRequest r) {
        if (r.month() == null) {
            throw new RuleViolation("month", "required", "the month whose concluded lists are summed up");
        }
        Instant now = clock.instant();
        YearMonth month = r.month();
        Instant from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        return transactions.write(() -> {
            List<SummarisableList> lists = summaries.unsummarised(r.vendor().code(), from, until);
            if (lists.isEmpty()) {
                throw new RuleViolation("month", "nothing-to-summarise", "no type-B inventory list of vendor "
                        + r.vendor().code() + " concluded in " + month + " is left to sum up");
            }
            String copNo = CopNumbers.next(now);
            ExportMessages.ExportMessage message = messages.summary(new ExportSummary(r.customsCode(), copNo,
                    r.broker(), r.vendor(), lists.stream().map(SummarisableList::invtNo).toList()), now);
            OutgoingMessage signed = signing.of(MessageType.CEB701, copNo, message);
            SummaryDeclaration summary = SummaryDeclaration.declared(copNo, r.vendor().code(), month);
            summaries.add(summary, now);
            if (summaries.summarise(copNo, lists.stream().map(SummarisableList::orderNo).toList()) != lists.size()) {
                throw new IllegalStateException("a list of summary " + copNo + " was summed up meanwhile");
            }
            queue.queue(List.of(signed), now);
            LOG.info("summary declaration {} of {} lists for {} in {}", copNo, lists.size(), r.vendor().code(), month);
            return view(summary, lists);
        });
    }

    @Override
    public Optional<ExportSummaryView> summary(String copNo) {
        return transactions.read(() -> summaries.find(copNo).map(s -> view(s, summaries.lists(copNo))));
    }

    private static ExportSummaryView view(SummaryDeclaration s, List<SummarisableList> lists) {
        return new ExportSummaryView(s.copNo(), s.ebcCode(), s.month().toString(), s.status().name(), s.preNo(),
                s.sumNo(), s.reason(), lists.stream()
                .map(l -> new ExportSummaryView.SummarisedList(l.orderNo(), l.invtNo())).toList());
    }
}
