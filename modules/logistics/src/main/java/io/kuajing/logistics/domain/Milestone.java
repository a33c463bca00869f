package io.kuajing.logistics.domain;

/** What a change to a shipment means to the rest of the business (each becomes a published event). */
public enum Milestone { WAYBILL_ASSIGNED, DISPATCHED, DELIVERED, EXCEPTION }
