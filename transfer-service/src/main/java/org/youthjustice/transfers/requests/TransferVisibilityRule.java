package org.youthjustice.transfers.requests;

/**
 * X-1 and TRF-13: a transfer is read by exactly two authorities, its home and its receiving authority; to
 * any other it does not exist (404). The caller's authority comes from the verified token only.
 */
public final class TransferVisibilityRule {
    /** The caller's side of a transfer. */
    public enum Party {
        HOME, RECEIVING, NONE
    }

    private TransferVisibilityRule() {
    }

    public static Party partyOf(String callerAuthority, String homeAuthority, String receivingAuthority) {
        if (callerAuthority == null || callerAuthority.isBlank()) {
            return Party.NONE;
        }
        if (callerAuthority.equals(homeAuthority)) {
            return Party.HOME;
        }
        if (callerAuthority.equals(receivingAuthority)) {
            return Party.RECEIVING;
        }
        return Party.NONE;
    }
}
