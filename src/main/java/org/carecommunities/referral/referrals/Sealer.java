package org.carecommunities.referral.referrals;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals a referral's personal details with AES-256 in GCM (the JDK's), a fresh 96-bit nonce each time, and the
 * referral's reference as associated data: a sealed text cannot be read without the key, nor moved to another
 * referral, nor changed without the change being found. Sealed texts read {@code v1.<nonce>.<sealed>} (base64url),
 * so a later key or cipher can be told apart.
 */
public final class Sealer {

    /** The key's length in bytes: AES-256. */
    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /** The key a person's own link is signed with: derived from the referral key, never the key itself. */
    private final SecretKeySpec linkKey;

    public Sealer(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A referral key is " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.linkKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "referral-person-links"),
                "HmacSHA256");
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * The token of the person's own link to their referral: its reference and a signature (128 bits of an
     * HMAC-SHA256 under a key derived from the referral key), so a link cannot be made for another referral.
     */
    public String personToken(String reference) {
        byte[] signature = java.util.Arrays.copyOf(hmac(linkKey, reference), 16);
        return reference + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The reference a person's token is for, when its signature holds; else null. */
    public String referenceOf(String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String reference = token.substring(0, dot);
        return java.security.MessageDigest.isEqual(personToken(reference).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8)) ? reference : null;
    }

    /** A new random key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The text sealed for the referral with this reference. */
    public String seal(String text, String reference) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return PREFIX + base64.encodeToString(nonce) + "." + base64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The text sealed for the referral with this reference; refused (an {@link IllegalArgumentException}) when it
     * was sealed with another key, for another referral, or changed since.
     */
    public String open(String sealed, String reference) {
        if (sealed == null || !sealed.startsWith(PREFIX) || sealed.indexOf('.', PREFIX.length()) < 0) {
            throw new IllegalArgumentException("not a sealed text");
        }
        int dot = sealed.indexOf('.', PREFIX.length());
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] nonce = base64.decode(sealed.substring(PREFIX.length(), dot));
            byte[] body = base64.decode(sealed.substring(dot + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("sealed with another key, for another referral, or changed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot be opened", e);
        }
    }
}
