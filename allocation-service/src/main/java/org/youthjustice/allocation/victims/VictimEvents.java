package org.youthjustice.allocation.victims;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.victims.VictimConsentRecorded;
import org.youthjustice.events.victims.VictimConsentWithdrawn;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Victims' consent to contact from victim-service (ALC-11), by pseudonymous reference only: whether a
 * case has a direct victim who consented, so its allocation brings a restorative justice worker.
 */
@ApplicationScoped
public class VictimEvents {
    static final String CONSUMER = "allocation-service";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    /** The events of the victims topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.VICTIM_CONSENT_RECORDED,
            EventType.VICTIM_CONSENT_WITHDRAWN);

    @Incoming("victims")
    @Blocking
    public CompletionStage<Void> onVictimEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.VICTIM_CONSENT_RECORDED) {
            VictimConsentRecorded consent = event.dataAs(VictimConsentRecorded.class);
            knownCase(event.caseId());
            entityManager.createNativeQuery("""
                            insert into victim_consent (case_id, victim_ref, authority, consent_to_contact, direct_victim, withdrawn)
                            values (:case, :ref, :authority, :consent, :direct, false)
                            on conflict (case_id, victim_ref) do update
                            set consent_to_contact = excluded.consent_to_contact, direct_victim = excluded.direct_victim, withdrawn = false
                            where victim_consent.authority = excluded.authority""")
                    .setParameter("case", event.caseId()).setParameter("ref", consent.victimRef())
                    .setParameter("authority", tenantContext.requireAuthority()).setParameter("consent", consent.consentToContact())
                    .setParameter("direct", consent.directVictim()).executeUpdate();
        } else if (type == EventType.VICTIM_CONSENT_WITHDRAWN) {
            VictimConsentWithdrawn withdrawn = event.dataAs(VictimConsentWithdrawn.class);
            // native: the authority is named here (the tenancy filter covers JPQL only)
            entityManager.createNativeQuery("""
                            update victim_consent set withdrawn = true
                            where case_id = :case and victim_ref = :ref and authority = :authority""")
                    .setParameter("case", event.caseId()).setParameter("ref", withdrawn.victimRef())
                    .setParameter("authority", tenantContext.requireAuthority()).executeUpdate();
        }
    }

    /** The case, known here once order-service has announced it; the victims' topic may run ahead of the orders'. */
    private void knownCase(UUID caseId) {
        entityManager.createNativeQuery("insert into child_case (id, authority) values (:id, :authority) on conflict (id) do nothing")
                .setParameter("id", caseId).setParameter("authority", tenantContext.requireAuthority()).executeUpdate();
    }
}
