package org.youthjustice.victims.dataprotection;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.victims.contact.ContactAttempt;
import org.youthjustice.victims.contact.ContactLog;
import org.youthjustice.victims.personaldata.FieldCipher;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimSeal;

/**
 * Key rotation (VIC-4): once operators configure a new current key, every row sealed with an older one is opened and
 * sealed again with the current key, in batches; when none is left, the old key can be removed from configuration.
 */
@ApplicationScoped
public class KeyRotation {
    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    PerAuthority perAuthority;

    @Inject
    VictimSeal seal;

    @Inject
    ContactLog contactLog;

    @Inject
    FieldCipher cipher;

    @Scheduled(every = "${yj.victims.key-rotation.every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not started while the service stops: its database would be closed under it (an ERROR in the log)
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int resealed = resealAll();
        if (resealed > 0) {
            LOG.infof("sealed %d rows again with personal data key '%s'", resealed, cipher.currentKey());
        }
    }

    /** Seals every row sealed with an older key again with the current one; how many rows. */
    public int resealAll() {
        int total = 0;
        int batch;
        do {
            batch = perAuthority.run(this::resealBatch);
            total += batch;
        } while (batch > 0);
        return total;
    }

    private int resealBatch() {
        String current = cipher.currentKey();
        var victims = entityManager.createQuery("from Victim where keyId is not null and keyId <> :current", Victim.class)
                .setParameter("current", current).setMaxResults(BATCH).getResultList();
        victims.forEach(victim -> seal.seal(victim, seal.open(victim)));
        var attempts = entityManager.createQuery("from ContactAttempt where keyId is not null and keyId <> :current", ContactAttempt.class)
                .setParameter("current", current).setMaxResults(BATCH).getResultList();
        attempts.forEach(contactLog::reseal);
        return victims.size() + attempts.size();
    }
}
