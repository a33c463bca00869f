package io.kuajing.customs.adapter.singlewindow;

import java.sql.Connection;
import java.time.Clock;

import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.platform.Transactions;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** One single window per app, chosen by {@code kuajing.customs.single-window.mode}. */
@Factory
class SingleWindowFactory {

    @Singleton
    @Requires(property = "kuajing.customs.single-window.mode", value = "files")
    SingleWindow fileExchange(SingleWindowSettings settings) {
        return new FileExchangeSingleWindow(settings.getOutbox(), settings.getInbox(), settings.getMaxReceiptBytes());
    }

    @Singleton
    @Requires(property = "kuajing.customs.single-window.mode", value = "sandbox", defaultValue = "sandbox")
    // Typed as the sandbox so it is also injectable as the CustomsSandbox it offers demos and tests.
    SandboxSingleWindow sandbox(SingleWindowSettings settings, PositiveListEditions positiveList, CbecLimits.Schedule limits,
                         TaxCalculator taxes, XmlDsigSigner signer, Clock clock, SandboxState state) {
        return new SandboxSingleWindow(positiveList, limits, taxes, signer.certificate().getPublicKey(),
                settings.getSandboxDelay(), clock, state, settings.getSandboxClaim());
    }

    /** The sandbox's memory, in the database: shared by every instance on it (ADR 0015). */
    @Singleton
    @Requires(property = "kuajing.customs.single-window.mode", value = "sandbox", defaultValue = "sandbox")
    SandboxState sandboxState(Transactions transactions, TransactionOperations<Connection> connections) {
        return new JdbcSandboxState(transactions, connections);
    }
}
