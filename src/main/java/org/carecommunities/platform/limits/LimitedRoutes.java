package org.carecommunities.platform.limits;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The requests whose cost is the portal's, each kind with its limit from configuration ({@code rate.<kind>}, such
 * as {@code rate.login=20/PT1M}; environment {@code RATE_LOGIN}) or its default:
 * <ul>
 *   <li>{@code login}: starting a sign-in (each makes a session and a round trip to Keycloak);</li>
 *   <li>{@code suggestions}: telling us of an organisation or improving a service (a row for people to read);</li>
 *   <li>{@code downloads}: the asset map's CSV and the register's CSV and JSON (whole tables);</li>
 *   <li>{@code forum-search}: searching the forums (full-text);</li>
 *   <li>{@code map-search}: searching the asset map (a search that finds nothing is kept as an unmet need);</li>
 *   <li>{@code openreferral}: the Open Referral API.</li>
 * </ul>
 */
public final class LimitedRoutes {

    /** A kind of request: its name, its method (null: any), its path and its default limit. */
    record Route(String kind, String method, Pattern path, boolean withQuery, Limit limit) {
    }

    static final List<Route> DEFAULTS = List.of(
            new Route("login", "GET", Pattern.compile("/login"), false, Limit.parse("20/PT1M")),
            new Route("suggestions", "POST", Pattern.compile("/neighbourhoods/[^/]+/suggest-organisation"
                    + "|/asset-map/services/[^/]+/suggest"), false, Limit.parse("10/PT1H")),
            new Route("downloads", "GET", Pattern.compile("/asset-map/download|/partnerships/register\\.(csv|json)"),
                    false, Limit.parse("20/PT10M")),
            new Route("forum-search", "GET", Pattern.compile("/forums/search"), true, Limit.parse("30/PT1M")),
            new Route("map-search", "GET", Pattern.compile("/asset-map"), true, Limit.parse("60/PT1M")),
            new Route("openreferral", null, Pattern.compile("/openreferral(/.*)?"), false, Limit.parse("120/PT1M")));

    private final List<Route> routes;

    private LimitedRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The routes with the limits configured ({@code setting} reads {@code rate.<kind>}, empty: the default). */
    static LimitedRoutes configured(Function<String, Optional<String>> setting) {
        return new LimitedRoutes(DEFAULTS.stream().map(r -> setting.apply("rate." + r.kind())
                .filter(s -> !s.isBlank()).map(s -> new Route(r.kind(), r.method(), r.path(), r.withQuery(),
                        Limit.parse(s))).orElse(r)).toList());
    }

    /** The kind of this request and its limit, if it is limited. */
    Optional<Map.Entry<String, Limit>> of(String method, String path, String query) {
        return routes.stream().filter(r -> (r.method() == null || r.method().equalsIgnoreCase(method)
                        || "HEAD".equalsIgnoreCase(method) && "GET".equals(r.method()))
                        && (!r.withQuery() || query != null && !query.isBlank()) && r.path().matcher(path).matches())
                .findFirst().map(r -> Map.entry(r.kind(), r.limit()));
    }
}
