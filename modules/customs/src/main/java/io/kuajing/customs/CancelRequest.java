package io.kuajing.customs;

/** Cancel a declared order's inventory list (CEB623), with the buyer as declared and a reason. */
public record CancelRequest(String orderNo, Person buyer, String reason) {
}
