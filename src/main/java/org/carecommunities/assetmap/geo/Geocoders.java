package org.carecommunities.assetmap.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Which geocoder the portal uses: {@code assetmap.geocoder} is {@code offline} (the default, no network) or
 * {@code postcodes.io}, asked at {@code assetmap.geocoder.url} within {@code assetmap.geocoder.timeout.ms}.
 */
@ApplicationScoped
public class Geocoders {

    @Inject
    @ConfigProperty(name = "assetmap.geocoder", defaultValue = "offline")
    String kind;

    @Inject
    @ConfigProperty(name = "assetmap.geocoder.url", defaultValue = "https://api.postcodes.io")
    String url;

    @Inject
    @ConfigProperty(name = "assetmap.geocoder.timeout.ms", defaultValue = "3000")
    int timeoutMillis;

    @Inject
    java.time.Clock clock;

    @Produces
    @ApplicationScoped
    Geocoder geocoder() {
        return switch (kind) {
            case "offline" -> new OfflineGeocoder();
            case "postcodes.io" -> new PostcodesIo(url, Duration.ofMillis(timeoutMillis), clock);
            default -> throw new IllegalStateException("assetmap.geocoder is offline or postcodes.io, not " + kind);
        };
    }
}
