package org.carecommunities.referral.referrals;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Personal details sealed: readable with the key for their referral only, and never the same twice. */
class SealerTest {

    private final Sealer sealer = new Sealer(Sealer.newKey());

    @Test
    void whatIsSealedOpensWithTheKeyForItsReferral() {
        String sealed = sealer.seal("Jo, 01632 960001, mornings", "ref-1");
        assertFalse(sealed.contains("Jo") || sealed.contains("01632"), "nothing readable: " + sealed);
        assertEquals("Jo, 01632 960001, mornings", sealer.open(sealed, "ref-1"));
        assertNotEquals(sealed, sealer.seal("Jo, 01632 960001, mornings", "ref-1"), "a fresh nonce each time");
    }

    @Test
    void anotherKeyAnotherReferralOrAChangeIsRefused() {
        String sealed = sealer.seal("Jo", "ref-1");
        assertThrows(IllegalArgumentException.class, () -> new Sealer(Sealer.newKey()).open(sealed, "ref-1"));
        assertThrows(IllegalArgumentException.class, () -> sealer.open(sealed, "ref-2"), "moved to another");
        char last = sealed.charAt(sealed.length() - 2);
        String changed = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThrows(IllegalArgumentException.class, () -> sealer.open(changed, "ref-1"));
        assertThrows(IllegalArgumentException.class, () -> sealer.open("plain words", "ref-1"));
        assertThrows(IllegalArgumentException.class, () -> new Sealer(new byte[16]), "AES-256 only");
    }

    @Test
    void aPersonsLinkIsForItsReferralOnly() {
        String token = sealer.personToken("ref-1");
        assertEquals("ref-1", sealer.referenceOf(token));
        assertEquals(token, sealer.personToken("ref-1"), "the same link each time it is given");
        assertEquals(null, sealer.referenceOf("ref-2" + token.substring(token.indexOf('.'))), "another's");
        char last = token.charAt(token.length() - 1);
        assertEquals(null, sealer.referenceOf(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')),
                "changed");
        assertEquals(null, new Sealer(Sealer.newKey()).referenceOf(token), "made with another key");
        assertEquals(null, sealer.referenceOf("ref-1"));
        assertEquals(null, sealer.referenceOf(null));
    }
}
