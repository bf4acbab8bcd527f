package org.carecommunities.identity.signin;

import org.carecommunities.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignInClaimsTest {

    @Test
    void claimsBecomePortalRolesAndOrganisations() {
        SignInClaims claims = SignInClaims.of("s-1", "Priya Shah", "priya@example.org",
                List.of("default-roles-care-communities", "offline_access", "resident", "board-member"),
                List.of("riverside-medical-practice", "kingsmead-riverside-pcn"));
        assertEquals(Set.of(Role.RESIDENT, Role.BOARD_MEMBER), claims.roles());
        assertEquals(Set.of("riverside-medical-practice", "kingsmead-riverside-pcn"), claims.organisations());
    }

    @Test
    void missingClaimsMeanNoRolesAndNoOrganisations() {
        SignInClaims claims = SignInClaims.of("s-1", null, null, null, null);
        assertEquals(Set.of(), claims.roles());
        assertEquals(Set.of(), claims.organisations());
    }

    @Test
    void blankOrganisationsAreIgnored() {
        assertEquals(Set.of("a"), SignInClaims.of("s-1", null, null, List.of(), java.util.Arrays.asList(" a ", "", null))
                .organisations());
    }

    @Test
    void aSignInHasASubject() {
        assertThrows(IllegalArgumentException.class, () -> SignInClaims.of(" ", null, null, null, null));
    }
}
