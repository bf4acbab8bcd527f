package org.carecommunities.platform.limits;

import org.carecommunities.platform.Text;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carecommunities.platform.Requester;
import org.carecommunities.platform.web.Renderer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts each limited request ({@link LimitedRoutes}) against its sender, the member when signed in, otherwise
 * the client's address ({@code rate.proxies}: the proxies whose forwarded address is believed); addresses in
 * {@code rate.exempt} (a monitor, say) are not counted. Past the limit: 429 with {@code Retry-After} in seconds,
 * as JSON for the Open Referral API and the register's JSON, as a page otherwise.
 */
public class RateLimitFilter extends HttpFilter {

    @Inject
    Clock clock;

    @Inject
    Instance<Requester> requesters;

    @Inject
    Renderer renderer;

    private LimitedRoutes routes;
    private ClientAddress addresses;
    private Set<String> exempt;
    private RateLimits limits;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        routes = LimitedRoutes.configured(name -> config.getOptionalValue(name, String.class));
        addresses = ClientAddress.trusting(config.getOptionalValue("rate.proxies", String.class).orElse(""));
        exempt = Arrays.stream(config.getOptionalValue("rate.exempt", String.class).orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        limits = new RateLimits(clock, config.getOptionalValue("rate.senders.max", Integer.class).orElse(100_000));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Map.Entry<String, Limit>> route = routes.of(request.getMethod(), path, request.getQueryString());
        if (route.isPresent()) {
            String address = addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
            if (!exempt.contains(address)) {
                String sender = requesters.isResolvable() ? requesters.get().member(request).orElse(address)
                        : address;
                Optional<Duration> wait = limits.take(route.get().getKey(), route.get().getValue(), sender);
                if (wait.isPresent()) {
                    refuse(request, response, path, wait.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Duration wait)
            throws IOException {
        long seconds = wait.toSeconds();
        // the API answers in English, as its other errors do; a page in the reader's language
        boolean api = path.startsWith("/openreferral") || path.endsWith(".json");
        String message = Text.in(api ? Text.english() : Text.current(), () -> Text.t("platform.tooMany", "seconds",
                seconds));
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (api) {
            response.setStatus(429);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.getOutputStream().write(jakarta.json.Json.createObjectBuilder().add("status", 429)
                    .add("error", "Too many requests").add("message", message).add("retry_after", seconds).build()
                    .toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        renderer.renderError(429, message, request.getRequestURI(), null, request, response);
    }
}
