package org.youthjustice.transfers.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Problem;
import org.youthjustice.problem.ProblemType;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.requests.DocumentsChecklist;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.requests.TransferConfig;
import org.youthjustice.transfers.requests.Transfers;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

/**
 * Files attached to a transfer's checklist items (TRF-5), kept in transfer-service's database: attached by the
 * home authority, read by the home and the receiving authority and no one else (X-1, TRF-13). Every attachment
 * and every download is audited.
 */
@ApplicationScoped
public class Documents {
    @Inject
    EntityManager entityManager;

    @Inject
    TransferAccess access;

    @Inject
    TransferConfig config;

    @Inject
    Transfers transfers;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public TransferDocument attach(UUID transferId, String item, String contentType, String filename, byte[] content) {
        Transfer transfer = access.asParty(transferId, Party.HOME, TransferAccess.REQUEST);
        DocumentsChecklist.Item checklistItem = DocumentsChecklist.Item.fromWireName(item);
        if (checklistItem == null) {
            throw ProblemException.invalid(List.of(Violation.ofField("item", "'" + item + "' is not a document of the checklist")));
        }
        DocumentRules.check(contentType, content, config.documents().maxBytes()).ifPresent(refused -> {
            throw new ProblemException(switch (refused.refusal()) {
                case UNSUPPORTED_TYPE -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, refused.message());
                case TOO_LARGE -> Problem.of(ProblemType.PAYLOAD_TOO_LARGE, refused.message());
                case EMPTY, NOT_WHAT_IT_SAYS -> Problem.of(ProblemType.INVALID_REQUEST, refused.message(),
                        List.of(Violation.ofRule("TRF-5", "content", refused.message())));
            });
        });
        if (transfer.status == Transfer.Status.ACCEPTED || transfer.status == Transfer.Status.COMPLETED
                || transfer.status == Transfer.Status.ENDED) {
            throw ProblemException.conflict(Violation.ofRule("TRF-5", "status", "the transfer is " + transfer.status.wireName()
                    + ": its package is closed"));
        }
        TransferDocument document = new TransferDocument();
        document.id = UUID.randomUUID();
        document.transferId = transfer.id;
        document.versionNumber = transfer.currentVersion;
        document.authority = transfer.homeAuthority;
        document.item = checklistItem.wireName();
        document.filename = DocumentRules.filename(filename, document.item, contentType);
        document.contentType = DocumentRules.baseType(contentType);
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.content = content;
        document.uploadedBy = caller.username();
        document.uploadedAt = clock.instant();
        entityManager.persist(document);
        entityManager.flush();
        transfers.startReviewClockIfComplete(transfer, transfers.version(transfer, transfer.currentVersion),
                document.uploadedAt);
        audit.record("transfer.document-attached", "transfer", transfer.id, document.item + ": " + document.filename);
        return document;
    }

    /** The documents of a transfer the caller's authority is party to, without their content. */
    public List<TransferDocument> of(UUID transferId) {
        access.readable(transferId);
        return entityManager.createQuery("from TransferDocument where transferId = :id order by uploadedAt", TransferDocument.class)
                .setParameter("id", transferId).getResultList();
    }

    /** One document with its content, for either party; the read is audited. */
    @Transactional
    public TransferDocument download(UUID transferId, UUID documentId) {
        access.readable(transferId);
        TransferDocument document = entityManager.find(TransferDocument.class, documentId);
        if (document == null || !document.transferId.equals(transferId)) {
            throw ProblemException.notFound("document " + documentId);
        }
        audit.record("transfer.document-read", "transfer", transferId, document.item + ": " + document.filename);
        return document;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
