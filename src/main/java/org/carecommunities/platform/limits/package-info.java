/**
 * Rate limits where a request costs the portal more than it costs the sender: one limiter ({@link RateLimits},
 * token buckets from Bucket4j), the routes it guards and their limits in configuration ({@link LimitedRoutes}),
 * counted per member when signed in and per client address otherwise ({@link ClientAddress}, behind a configured
 * proxy the address it forwarded), answered with 429 and {@code Retry-After} ({@link RateLimitFilter}).
 */
package org.carecommunities.platform.limits;
