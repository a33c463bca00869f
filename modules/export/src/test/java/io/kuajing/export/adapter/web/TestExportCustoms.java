package io.kuajing.export.adapter.web;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.export.ExportCustoms;
import io.kuajing.export.ParcelArrival;
import io.kuajing.export.ParcelDeparture;
import io.kuajing.export.SummaryDeclarationView;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Customs in export's own tests (the app answers it from customs): the parcels and consignments it was asked to
 * declare, the arrivals and departures reported to it.
 */
@Singleton
@Requires(env = "test")
class TestExportCustoms implements ExportCustoms {

    final List<Parcel> declared = new CopyOnWriteArrayList<>();
    final List<Consignment> consignments = new CopyOnWriteArrayList<>();
    final List<ParcelArrival> arrivals = new CopyOnWriteArrayList<>();
    final List<ParcelDeparture> departures = new CopyOnWriteArrayList<>();

    @Override
    public void declare(Parcel parcel) {
        declared.add(parcel);
    }

    @Override
    public void declare(Consignment consignment) {
        consignments.add(consignment);
    }

    /** Numbered as customs numbers reports: answered by calling ExportClearance.reportAnsweredByCustoms. */
    @Override
    public String arrived(ParcelArrival arrival) {
        arrivals.add(arrival);
        return "KA" + arrivals.size();
    }

    @Override
    public String departed(ParcelDeparture departure) {
        departures.add(departure);
        return "KD" + departures.size();
    }

    final List<Withdrawal> withdrawals = new CopyOnWriteArrayList<>();

    @Override
    public void withdraw(Withdrawal withdrawal) {
        withdrawals.add(withdrawal);
    }

    final List<PaymentReceipt> paymentReceipts = new CopyOnWriteArrayList<>();

    @Override
    public void paymentReceived(PaymentReceipt receipt) {
        paymentReceipts.add(receipt);
    }

    /** Customs' summaries are the app's to test against customs (ExportListsFlowTest): none here. */
    @Override
    public SummaryDeclarationView summarise(SummaryRequest request) {
        throw new RuleViolation("month", "nothing-to-summarise", "export's own tests declare no list to customs");
    }

    @Override
    public Optional<SummaryDeclarationView> summary(String summaryNo) {
        return Optional.empty();
    }
}
