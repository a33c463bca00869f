package io.kuajing.customs.domain.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.kuajing.customs.Consignee;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.Service;

/**
 * The checks customs makes when it compares the three documents (三单比对), made before anything is sent so a
 * mismatch is fixed here rather than answered with a rejection receipt days later:
 * acturalPaid = goodsValue + freight + taxTotal − discount = the payment's amountPaid; the buyer is the payer
 * (same real name and ID number, unless authenticated by an authorised body, which Kuajing does not use);
 * the consignee's name, phone and address are equal on the order and the waybill; the freight is one amount on the
 * order, the waybill and the inventory list. General trade (0110) is declared by customs declaration, not CEB.
 */
@Service
public final class DeclarationRules {

    /** Every broken rule, each naming its field; empty when the declaration may be sent. */
    public List<RuleViolation> violations(DeclarationRequest request) {
        List<RuleViolation> found = new ArrayList<>();
        if (request.orderNo() == null || !request.orderNo().matches("[A-Za-z0-9_-]{1,60}")) {
            found.add(new RuleViolation("orderNo", "order-no-format", "orderNo must be 1-60 letters, digits, '-' or '_'"));
        }
        if (request.order() == null || request.payment() == null || request.waybill() == null) {
            found.add(new RuleViolation(request.order() == null ? "order" : request.payment() == null ? "payment" : "waybill",
                    "three-documents", "order, payment and waybill are all required"));
            return found;
        }
        if (request.regime() == null || !request.regime().isCrossBorder()) {
            found.add(new RuleViolation("regime", "cbec-regime", "only CBEC orders (9610, 1210, 1239) are declared per order"));
        } else if (request.regime().isBonded() && (request.emsNo() == null || request.emsNo().isBlank())) {
            found.add(new RuleViolation("emsNo", "ems-no-required", "bonded import names the warehouse account book (emsNo)"));
        } else if (request.regime().isBonded() && request.areaOperator() == null) {
            found.add(new RuleViolation("areaOperator", "area-operator-required",
                    "bonded import names the bonded-area warehouse operator (areaCode, areaName)"));
        }
        var order = request.order();
        Money expected = order.goodsValue().plus(order.freight()).plus(order.taxTotal()).minus(order.discount());
        if (expected.compareTo(order.acturalPaid()) != 0) {
            found.add(new RuleViolation("order.acturalPaid", "actural-paid-sum", "acturalPaid " + order.acturalPaid()
                    + " must equal goodsValue + freight + taxTotal - discount = " + expected));
        }
        if (order.acturalPaid().compareTo(request.payment().amountPaid()) != 0) {
            found.add(new RuleViolation("payment.amountPaid", "amount-paid-matches-order", "amountPaid "
                    + request.payment().amountPaid() + " must equal the order's acturalPaid " + order.acturalPaid()));
        }
        if (!order.buyer().sameIdentityAs(request.payment().payer())) {
            found.add(new RuleViolation("payment.payer", "buyer-is-payer",
                    "the payer's name and ID number must be the buyer's"));
        }
        if (!sameConsignee(order.consignee(), request.waybill().consignee())) {
            found.add(new RuleViolation("waybill.consignee", "consignee-matches-order",
                    "the waybill's consignee name, phone and address must be the order's"));
        }
        // The freight the buyer paid is the freight the logistics company declares (CEB511) and the inventory list
        // carries (CEB621): one amount on all three documents, the one that enters the taxable price.
        if (request.waybill().freight() == null || order.freight().compareTo(request.waybill().freight()) != 0) {
            found.add(new RuleViolation("waybill.freight", "freight-consistent", "the waybill's freight "
                    + request.waybill().freight() + " must be the order's freight " + order.freight()));
        }
        checkLines(request.lines(), order.goodsValue(), found);
        return found;
    }

    /** Throws the first violation, for callers that stop at the first problem. */
    public void check(DeclarationRequest request) {
        List<RuleViolation> found = violations(request);
        if (!found.isEmpty()) {
            throw found.get(0);
        }
    }

    static boolean sameConsignee(Consignee a, Consignee b) {
        return a != null && b != null && Objects.equals(norm(a.name()), norm(b.name()))
                && Objects.equals(norm(a.telephone()), norm(b.telephone()))
                && Objects.equals(norm(a.address()), norm(b.address()));
    }

    private static String norm(String s) {
        return s == null ? null : s.strip();
    }

    private static void checkLines(List<DeclaredLine> lines, Money goodsValue, List<RuleViolation> found) {
        if (lines.isEmpty()) {
            found.add(new RuleViolation("lines", "not-empty", "an order declares at least one goods line"));
            return;
        }
        Money sum = Money.zero(Money.CNY);
        for (int i = 0; i < lines.size(); i++) {
            DeclaredLine line = lines.get(i);
            if (line.gnum() != i + 1) {
                found.add(new RuleViolation("lines[" + i + "].gnum", "gnum-sequence", "gnum numbers lines 1, 2, 3 ... in order"));
            }
            if (line.qty() == null || line.qty().signum() <= 0) {
                found.add(new RuleViolation("lines[" + i + "].qty", "positive", "qty must be positive"));
                continue;
            }
            Money expected = line.price().times(line.qty());
            if (expected.compareTo(line.totalPrice()) != 0) {
                found.add(new RuleViolation("lines[" + i + "].totalPrice", "line-total", "totalPrice "
                        + line.totalPrice() + " must equal price x qty = " + expected));
            }
            sum = sum.plus(line.totalPrice());
        }
        if (sum.compareTo(goodsValue) != 0) {
            found.add(new RuleViolation("order.goodsValue", "goods-value-sum", "goodsValue " + goodsValue
                    + " must equal the sum of the lines' totalPrice " + sum));
        }
    }
}
