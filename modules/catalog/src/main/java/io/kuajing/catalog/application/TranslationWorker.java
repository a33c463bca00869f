package io.kuajing.catalog.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Works the translation queue in the background. Safe on many instances at once: each round leases its products with
 * SKIP LOCKED ({@link TranslationPipeline#runDue()}).
 */
@Singleton
@Requires(property = "kuajing.catalog.translation.worker.enabled", notEquals = "false")
class TranslationWorker {

    private static final int MAX_BATCHES_PER_ROUND = 50;

    private final TranslationPipeline pipeline;

    TranslationWorker(TranslationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Scheduled(fixedDelay = "${kuajing.catalog.translation.worker.interval:2s}",
            initialDelay = "${kuajing.catalog.translation.worker.initial-delay:5s}")
    void round() {
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND && pipeline.runDue() > 0; batch++) {
            Thread.onSpinWait();
        }
    }
}
