package io.kuajing.logistics.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import io.kuajing.logistics.DeliveryPromise;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.Service;

/**
 * Computes delivery promises. The dispatch day is the payment day when the order was paid before the warehouse's
 * cut-off on one of its working days, else its next working day. A Chinese warehouse works on China's calendar;
 * an overseas one Monday to Friday in its own zone. The promised window is then counted in China working days
 * from the dispatch day, because the slow part of every route (customs, last mile) runs on China's calendar.
 */
@Service
public final class PromiseCalculator {

    private final WorkingDayCalendar calendar;
    private final PromiseRules rules;

    public PromiseCalculator(WorkingDayCalendar calendar, PromiseRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    public DeliveryPromise promise(FulfilmentMode mode, Warehouse warehouse, Instant paidAt) {
        if (!Routes.serves(mode, warehouse)) {
            throw new RuleViolation("warehouseId", "mode-mismatch",
                    "warehouse " + warehouse.id() + " (" + warehouse.kind() + ") does not fulfil " + mode);
        }
        LocalDate dispatch = dispatchDay(warehouse, paidAt);
        int min = rules.min(mode);
        int max = rules.max(mode);
        return new DeliveryPromise(mode, warehouse.id(), dispatch, calendar.plusWorkingDays(dispatch, min),
                calendar.plusWorkingDays(dispatch, max), min, max);
    }

    public LocalDate dispatchDay(Warehouse warehouse, Instant paidAt) {
        ZonedDateTime local = paidAt.atZone(warehouse.zone());
        LocalDate day = local.toLocalDate();
        boolean working = isWorkingDay(warehouse, day);
        if (working && local.toLocalTime().isBefore(warehouse.cutOff())) {
            return day;
        }
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(warehouse, next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private boolean isWorkingDay(Warehouse warehouse, LocalDate day) {
        if (warehouse.inChina()) {
            return calendar.isWorkingDay(day);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean isEstimate(DeliveryPromise promise) {
        return !calendar.covers(promise.latest());
    }
}
