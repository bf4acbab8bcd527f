package org.carecommunities.identity.signin;

import org.carecommunities.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sign-in tells the portal about a person, read from the ID token: who they are to Keycloak, what
 * they are called there, their portal roles and the organisations (by alias, the same as the portal's
 * organisation slugs) they belong to. Claims the portal does not know are ignored.
 */
public record SignInClaims(String subject, String name, String email, Set<Role> roles, Set<String> organisations)
        implements java.io.Serializable {

    public SignInClaims {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A sign-in has a subject");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        organisations = Set.copyOf(organisations);
    }

    /** From the raw claim values; any of them may be null (absent from the token). */
    public static SignInClaims of(String subject, String name, String email, Collection<String> roleClaims,
                                  Collection<String> organisationClaims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleClaims != null) {
            roleClaims.stream().map(Role::fromClaim).flatMap(java.util.Optional::stream).forEach(roles::add);
        }
        Set<String> organisations = new TreeSet<>();
        if (organisationClaims != null) {
            organisationClaims.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(organisations::add);
        }
        return new SignInClaims(subject, name, email, roles, organisations);
    }
}
