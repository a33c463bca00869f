package archfixture.towardspurchase.purchase;

public record OrderPaid(String orderId) {
}
