package org.carecommunities.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.platform.persistence.QueryCount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where {@code queries.header} is on (the test server), every answer says in {@value #HEADER} how many SQL
 * statements it took, its page rendered and all: it runs after {@link RenderedViews} (response filters run in
 * descending priority).
 */
@Provider
@Priority(1000)
public class QueryCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Queries";

    @Inject
    @ConfigProperty(name = "queries.header", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext in) {
        QueryCount.reset();
    }

    @Override
    public void filter(ContainerRequestContext in, ContainerResponseContext out) {
        if (enabled) {
            out.getHeaders().putSingle(HEADER, QueryCount.count());
        }
    }
}
