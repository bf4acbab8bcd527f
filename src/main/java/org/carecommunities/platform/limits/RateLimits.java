package org.carecommunities.platform.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets, one for each kind of request and sender, held on this server (several servers each allow the
 * limit: the limit is per server, which the configured figures allow for). The buckets of the senders seen least
 * recently are dropped past {@code most} (a dropped sender starts again full). Time is the platform's clock.
 */
public final class RateLimits {

    private final Clock clock;
    private final int most;
    private final Map<String, Bucket> buckets;

    public RateLimits(Clock clock, int most) {
        this.clock = clock;
        this.most = most;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > RateLimits.this.most;
            }
        };
    }

    /**
     * Takes one request of the kind from the sender's bucket: empty when it may go ahead, otherwise how long until
     * it may try again (whole seconds, at least one).
     */
    public Optional<Duration> take(String kind, Limit limit, String sender) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(kind + " " + sender, k -> bucket(limit));
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private Bucket bucket(Limit limit) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                java.time.Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        return Bucket.builder().addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .withCustomTimePrecision(time).build();
    }
}
