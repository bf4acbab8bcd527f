package org.carecommunities.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory to work with; a process that has run out should be restarted rather than
 * left serving errors. Deliberately independent of the database (that is readiness).
 */
@Liveness
@ApplicationScoped
public class MemoryLiveness implements HealthCheck {

    private static final double MAX_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("memory").status(share < MAX_USED)
                .withData("usedShare", String.format("%.2f", share)).build();
    }
}
