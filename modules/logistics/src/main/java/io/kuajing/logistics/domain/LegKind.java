package io.kuajing.logistics.domain;

/** Which part of the trip a leg is: international line haul to the port, last mile in China, or postal door to door. */
public enum LegKind { LINE_HAUL, LAST_MILE, END_TO_END }
