package io.kuajing.customs.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.kuajing.customs.DeclarationCancelled;
import io.kuajing.customs.DeclarationCleared;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.DeclarationSubmitted;
import io.kuajing.customs.ExportDeclarationAccepted;
import io.kuajing.customs.ExportDeclarationRejected;
import io.kuajing.customs.ExportPaymentReceiptAnswered;
import io.kuajing.customs.ExportReportAnswered;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.TaxBillIssued;
import io.kuajing.platform.testing.RecordingHandler;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/** Handlers that record every customs event delivered through the outbox, as another module would see them. */
public final class RecordedEvents {

    public static final Queue<DomainEvent> ALL = new ConcurrentLinkedQueue<>();

    private RecordedEvents() {
    }

    public static <E> List<E> of(Class<E> type, String orderNo) {
        return ALL.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> e.toString().contains("orderNo=" + orderNo + ","))
                .toList();
    }

    abstract static class Recorder<E extends DomainEvent> extends RecordingHandler<E> {
        Recorder(Class<E> type) {
            super("customs-test." + type.getSimpleName(), type, ALL);
        }
    }

    @Singleton
    static class Submitted extends Recorder<DeclarationSubmitted> {
        Submitted() {
            super(DeclarationSubmitted.class);
        }
    }

    @Singleton
    static class Rejected extends Recorder<DeclarationRejected> {
        Rejected() {
            super(DeclarationRejected.class);
        }
    }

    @Singleton
    static class Released extends Recorder<GoodsReleased> {
        Released() {
            super(GoodsReleased.class);
        }
    }

    @Singleton
    static class Cleared extends Recorder<DeclarationCleared> {
        Cleared() {
            super(DeclarationCleared.class);
        }
    }

    @Singleton
    static class TaxBill extends Recorder<TaxBillIssued> {
        TaxBill() {
            super(TaxBillIssued.class);
        }
    }

    @Singleton
    static class Cancelled extends Recorder<DeclarationCancelled> {
        Cancelled() {
            super(DeclarationCancelled.class);
        }
    }

    @Singleton
    static class Returned extends Recorder<GoodsReturned> {
        Returned() {
            super(GoodsReturned.class);
        }
    }

    @Singleton
    static class ExportAccepted extends Recorder<ExportDeclarationAccepted> {
        ExportAccepted() {
            super(ExportDeclarationAccepted.class);
        }
    }

    @Singleton
    static class ExportReport extends Recorder<ExportReportAnswered> {
        ExportReport() {
            super(ExportReportAnswered.class);
        }
    }

    @Singleton
    static class ExportRejected extends Recorder<ExportDeclarationRejected> {
        ExportRejected() {
            super(ExportDeclarationRejected.class);
        }
    }

    @Singleton
    static class ExportPaymentReceipt extends Recorder<ExportPaymentReceiptAnswered> {
        ExportPaymentReceipt() {
            super(ExportPaymentReceiptAnswered.class);
        }
    }
}
