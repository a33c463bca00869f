package io.kuajing.app.demo;

import java.util.concurrent.ExecutorService;

import io.kuajing.export.GlobalSelling;
import io.kuajing.export.MarketplaceSelling;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In the {@code dev} run a newcomer's console has global selling to look at: the {@link DemoVendors} are onboarded
 * and their products published on the simulated amazon.com and amazon.co.jp (which the dev run starts, {@link DevelopmentCarriers}),
 * so an order placed there can be pulled at once. Idempotent across restarts on the same database; done off the
 * start-up path (the server answers meanwhile), and a failure only costs the sample vendors, never the start.
 */
@Singleton
@Requires(property = DevelopmentVendors.ENABLED, value = "true")
class DevelopmentVendors {

    static final String ENABLED = "kuajing.dev.demo-vendors";
    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentVendors.class);

    private final GlobalSelling selling;
    private final MarketplaceSelling marketplaces;
    private final ExecutorService background;

    DevelopmentVendors(GlobalSelling selling, MarketplaceSelling marketplaces,
                       @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.selling = selling;
        this.marketplaces = marketplaces;
        this.background = background;
    }

    @EventListener
    void onStartup(ServerStartupEvent started) {
        background.execute(() -> {
            try {
                var skus = DemoVendors.publishAll(selling, marketplaces);
                LOG.info("dev: {} sample vendors onboarded, {} products published on the simulated amazon.com and amazon.co.jp",
                        DemoVendors.ALL.size(), skus.size());
            } catch (RuntimeException e) {
                LOG.warn("dev: the sample vendors were not set up ({}): global selling starts empty",
                        e instanceof RuleViolation rule ? rule.rule() : e.toString());
            }
        });
    }
}
