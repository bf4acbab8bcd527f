package org.carecommunities.referral.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The key that seals referrals' personal details: {@code referral.key} (REFERRAL_KEY), 32 bytes in base64, the
 * same on every replica and never in the database. Without one (the embedded run), a key is made once and kept in
 * the server's own folder ({@code referral.key}, readable by its owner only), so a restart still opens what was
 * sealed; a production deployment sets it from a secret.
 */
@ApplicationScoped
public class ReferralKey {

    private static final Logger LOG = Logger.getLogger(ReferralKey.class.getName());

    @Inject
    @ConfigProperty(name = "referral.key", defaultValue = " ")
    String configured;

    @Inject
    @ConfigProperty(name = "session.store", defaultValue = "memory")
    String sessionStore;

    private volatile Sealer sealer;

    /**
     * Refuses to start where several servers share sign-ins ({@code SESSION_STORE=database}) without a configured
     * key: each would seal with a key of its own, and none could read what another sealed.
     */
    void onStart(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(4000)
                 @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        if ("database".equals(sessionStore) && configured.isBlank()) {
            String problem = "REFERRAL_KEY is not set, and SESSION_STORE=database says several servers run the "
                    + "portal: give every one the same 32 random bytes in base64 (openssl rand -base64 32). The "
                    + "portal will not start without it.";
            LOG.severe(problem);
            throw new IllegalStateException(problem);
        }
        sealer();
    }

    /** The sealer, with the configured key (or the server's own). */
    public Sealer sealer() {
        Sealer known = sealer;
        if (known == null) {
            known = new Sealer(key());
            sealer = known;
        }
        return known;
    }

    private synchronized byte[] key() {
        if (!configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length != Sealer.KEY_BYTES) {
                throw new IllegalStateException("REFERRAL_KEY is " + key.length + " bytes; give "
                        + Sealer.KEY_BYTES + " random bytes in base64 (openssl rand -base64 32)");
            }
            return key;
        }
        Path file = Path.of(System.getProperty("server.output.dir", System.getProperty("java.io.tmpdir")),
                "referral.key");
        try {
            if (Files.isRegularFile(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = Sealer.newKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own protection stands
            }
            LOG.warning(() -> "No referral.key set: referrals are sealed with a key made for this server in " + file
                    + "; set REFERRAL_KEY to the same secret on every replica in production");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The server's referral key could not be kept in " + file, e);
        }
    }
}
