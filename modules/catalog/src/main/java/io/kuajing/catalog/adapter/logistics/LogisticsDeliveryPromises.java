package io.kuajing.catalog.adapter.logistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.DeliveryPromise;
import io.kuajing.catalog.domain.DeliveryPromises;
import io.kuajing.catalog.domain.Warehouse;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.RuleViolation;
import jakarta.inject.Singleton;

/**
 * The promise logistics makes for the offer's warehouse: cut-off, the warehouse's working days, the China
 * calendar's holidays and adjusted weekends. A warehouse logistics does not know cannot be promised (nor shipped
 * from): the mode is then shown as unavailable, never with a guessed date.
 */
@Singleton
class LogisticsDeliveryPromises implements DeliveryPromises {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LogisticsDeliveryPromises.class);

    private static final Map<FulfilmentMode, String> WORDING = Map.of(
            FulfilmentMode.DIRECT_PURCHASE, "国内仓发货 %d-%d 个工作日送达",
            FulfilmentMode.DIRECT_MAIL, "海外直邮 %d-%d 个工作日送达",
            FulfilmentMode.FLASH_PURCHASE, "保税仓发货 %d-%d 个工作日送达");

    private final io.kuajing.logistics.DeliveryPromises logistics;
    private final Clock clock;

    LogisticsDeliveryPromises(io.kuajing.logistics.DeliveryPromises logistics, Clock clock) {
        this.logistics = logistics;
        this.clock = clock;
    }

    @Override
    public Optional<DeliveryPromise> promise(FulfilmentMode mode, Warehouse warehouse, LocalDate orderDate) {
        try {
            var promise = logistics.promise(FulfilmentMode.valueOf(mode.name()), warehouse.code(), paidAt(orderDate));
            return Optional.of(new DeliveryPromise(orderDate, promise.earliest(), promise.latest(),
                    WORDING.get(mode).formatted(promise.minWorkingDays(), promise.maxWorkingDays())));
        } catch (RuleViolation notShippable) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // Whatever else logistics cannot answer (a calendar year it has no data for ...) shows the mode as
            // unavailable rather than failing the whole product page.
            LOG.warn("no delivery promise for {} from {}: {}", mode, warehouse.code(), e.toString());
            return Optional.empty();
        }
    }

    /** Paid now when the page is for today; for another day (a price list, a test), paid at noon in China. */
    private Instant paidAt(LocalDate orderDate) {
        return orderDate.equals(ChinaTime.today(clock)) ? clock.instant()
                : orderDate.atTime(LocalTime.NOON).atZone(ChinaTime.ZONE).toInstant();
    }
}
