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

    public Sealer(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A referral key is " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
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
