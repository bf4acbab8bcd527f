package org.carecommunities.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * Security headers on every response, static files and error pages included. The CSP allows no inline script
 * or style and no eval: htmx is configured (meta htmx-config in the layout) to inject no style and evaluate
 * nothing.
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** Browsers keep to HTTPS for a year once they have seen this site over it. */
    static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    private String contentSecurityPolicy;
    private boolean httpsOnly;

    /** Forms may also post to the origins in {@code csp.form.targets} (the sign-in service, to sign out). */
    @Override
    public void init() {
        String targets = ConfigProvider.getConfig().getOptionalValue("csp.form.targets", String.class).orElse("");
        // other origins images may come from (map tiles)
        String images = ConfigProvider.getConfig().getOptionalValue("csp.img.sources", String.class).orElse("");
        // secure cookies mean the portal is served over HTTPS only (TLS ending at the ingress): say so to browsers
        httpsOnly = ConfigProvider.getConfig().getOptionalValue("cookie.secure", Boolean.class).orElse(false);
        contentSecurityPolicy = String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                ("img-src 'self' data: " + images.replace(',', ' ')).strip(),
                "font-src 'self'",
                "connect-src 'self'",
                ("form-action 'self' " + targets.replace(',', ' ')).strip(),
                "base-uri 'self'",
                "object-src 'none'",
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        if (httpsOnly) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
        chain.doFilter(request, response);
    }
}
