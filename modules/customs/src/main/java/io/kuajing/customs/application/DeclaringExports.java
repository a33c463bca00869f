package io.kuajing.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.ExportCancellation;
import io.kuajing.customs.ExportDeclarationRequest;
import io.kuajing.customs.ExportDeclarationView;
import io.kuajing.customs.ExportDeclarations;
import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.ExportPaymentReceived;
import io.kuajing.customs.ExportWithdrawal;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.ExportDeclaration;
import io.kuajing.customs.domain.declaration.ExportDeclarationRecords;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Signer;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declaring a 9610 parcel or a 9810 consignment: its three messages are written (refused first where customs' schema would refuse them,
 * naming the field), numbered with our list number, signed, checked against customs' export schema, and kept with
 * the declaration in ONE transaction, to be sent after commit in their order (CEB303, 505, then 603), as an import
 * declaration's are. The order number is the key: a repeated call, or two at once, answers the one declaration.
 */
@Singleton
class DeclaringExports implements ExportDeclarations {

    private static final Logger LOG = LoggerFactory.getLogger(DeclaringExports.class);

    private final ExportMessages messages;
    private final Signer signer;
    private final MessageSchema schema;
    private final SignedExportMessage signing;
    private final ExportDeclarationRecords declarations;
    private final DeclarationRecords records;
    private final SingleWindowQueue queue;
    private final Transactions transactions;
    private final Clock clock;

    DeclaringExports(ExportMessages messages, Signer signer, MessageSchema schema, SignedExportMessage signing,
                     ExportDeclarationRecords declarations, DeclarationRecords records, SingleWindowQueue queue,
                     Transactions transactions, Clock clock) {
        this.messages = messages;
        this.signer = signer;
        this.schema = schema;
        this.signing = signing;
        this.declarations = declarations;
        this.records = records;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ExportDeclarationView declare(ExportDeclarationRequest request) {
        if (request.orderNo() == null || request.orderNo().isBlank()) {
            throw new RuleViolation("orderNo", "required", "the order number is the declaration's key");
        }
        Optional<ExportDeclaration> existing = transactions.read(() -> declarations.find(request.orderNo()));
        if (existing.isPresent()) {
            return view(existing.get());
        }
        Instant now = clock.instant();
        ExportDeclarationRequest numbered = request.withCopNo(CopNumbers.next(now));
        List<OutgoingMessage> signed = messages.declare(numbered, now).stream()
                .map(m -> new OutgoingMessage(MessageType.valueOf(m.type()), m.orderNo(), m.guid(), signer.sign(m.xml())))
                .toList();
        Optional<String> nonConforming = signed.stream()
                .flatMap(m -> schema.violation(m).map(v -> m.type() + " does not conform to customs' schema: " + v).stream())
                .findFirst();
        ExportDeclaration declaration = ExportDeclaration.declared(request.orderNo(), numbered.copNo(), request.logisticsNo());
        nonConforming.ifPresent(declaration::park);
        return transactions.write(() -> {
            if (!declarations.add(declaration, now)) {
                return view(declarations.find(request.orderNo()).orElseThrow());
            }
            if (request.summaryDeclaration()) {
                declarations.summedUpLater(request.orderNo(), request.vendor().code());
            }
            if (nonConforming.isPresent()) {
                // Kept back, never sent: customs' gate would refuse it. Operators see it (GET /api/customs/parked).
                signed.forEach(m -> records.park(m, nonConforming.get(), now));
                LOG.error("export order {} parked, nothing sent: {}", request.orderNo(), nonConforming.get());
                return view(declaration);
            }
            queue.queue(signed, now);
            LOG.info("declared export {} ({}, list {}) at port {}", request.orderNo(), request.tradeMode().code(), numbered.copNo(),
                    request.portCode());
            return view(declaration);
        });
    }

    @Override
    public ExportDeclarationView withdraw(ExportWithdrawal w) {
        Instant now = clock.instant();
        return transactions.write(() -> {
            ExportDeclaration d = accepted(w.orderNo(), "withdrawn");
            String copNo = CopNumbers.next(now);
            if (!declarations.withdrawing(d.orderNo(), copNo)) {
                throw new RuleViolation("orderNo", "withdrawal-pending", "a withdrawal of order " + d.orderNo()
                        + "'s list waits on customs' answer");
            }
            send(MessageType.CEB605, d.orderNo(), messages.cancellation(new ExportCancellation(w.customsCode(), copNo,
                    d.invtNo(), w.reason(), w.broker(), w.vendor()), now), now);
            LOG.info("withdrawing export {} list {} ({})", d.orderNo(), d.invtNo(), copNo);
            return view(d);
        });
    }

    @Override
    public ExportDeclarationView paymentReceived(ExportPaymentReceived payment) {
        Instant now = clock.instant();
        ExportMessages.ExportMessage m = messages.paymentReceived(payment, now);
        return transactions.write(() -> {
            ExportDeclaration d = accepted(payment.orderNo(), "told of its payment");
            if (!declarations.paymentReceiptSent(d.orderNo())) {
                LOG.info("export {}'s receipt of payment was sent before: not again", d.orderNo());
                return view(d);
            }
            send(MessageType.CEB403, d.orderNo(), m, now);
            LOG.info("telling customs export {} was paid", d.orderNo());
            return view(d);
        });
    }

    /** The declaration, locked: only one whose list customs accepted is {@code what}. */
    private ExportDeclaration accepted(String orderNo, String what) {
        ExportDeclaration d = declarations.lock(orderNo).orElseThrow(() -> new RuleViolation("orderNo",
                "export-declaration", "no export declaration of order " + orderNo));
        if (d.status() != ExportDeclaration.Status.ACCEPTED) {
            throw new RuleViolation("orderNo", "accepted-only", "only an order whose list customs accepted is "
                    + what + "; order " + d.orderNo() + "'s is " + d.status());
        }
        return d;
    }

    /**
     * Signed, checked and queued under the order, as its declaration's messages are (sent after commit); customs'
     * receipt names it by the list (invtNo) or the order.
     */
    private void send(MessageType type, String orderNo, ExportMessages.ExportMessage m, Instant now) {
        queue.queue(List.of(signing.of(type, orderNo, m)), now);
    }

    @Override
    public Optional<ExportDeclarationView> status(String orderNo) {
        return transactions.read(() -> declarations.find(orderNo)).map(DeclaringExports::view);
    }

    private static ExportDeclarationView view(ExportDeclaration d) {
        return new ExportDeclarationView(d.orderNo(), d.copNo(), d.logisticsNo(), d.status().name(), d.preNo(),
                d.invtNo(), d.reason());
    }
}
