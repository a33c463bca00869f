package io.kuajing.benchmarks;

import java.util.List;

/**
 * {@code benchmarks/run <name>}: one peak-day benchmark, printed as a table whose baseline was measured in the same
 * run on the same machine (docs/performance.md keeps the figures). Every load here goes to 127.0.0.1 only and stops
 * by itself: each phase is bounded in time.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        switch (name) {
            case "checkout" -> CheckoutBench.run();
            case "quote" -> QuoteBench.run();
            case "overload" -> OverloadBench.run();
            case "pipeline" -> PipelineBench.run();
            case "import" -> ImportBench.run();
            case "shipments" -> ShipmentsBench.run();
            case "start" -> StartBench.run(args.length > 1 ? args[1] : "modules/app/target/kuajing");
            default -> {
                System.err.println("usage: benchmarks/run " + String.join("|", List.of("checkout", "quote", "overload", "pipeline", "import", "shipments", "start")));
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
