package org.carecommunities.identity.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.identity.AdminsOnly;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.Role;

/** Refuses anyone but an admin before an {@link AdminsOnly} method's body is read (filters run before it is). */
@Provider
@AdminsOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminsOnlyCheck implements ContainerRequestFilter {

    @Inject
    Authorisation authorisation;

    @Override
    public void filter(ContainerRequestContext request) {
        authorisation.requireAnyRole(Role.ADMIN);
    }
}
