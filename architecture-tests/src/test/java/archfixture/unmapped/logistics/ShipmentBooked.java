package archfixture.unmapped.logistics;

public record ShipmentBooked(String orderId, String waybill) {
}
