package org.youthjustice.kernel.child;

/**
 * Who a written communication (appointment, warning, letter) goes to: always the child, and
 * for a child under 16 on the date it is written, a copy to the parent or carer.
 */
public record Recipients(boolean child, boolean copyToParentOrCarer) {
    public static final int COPY_TO_PARENT_UNDER = 16;

    public static Recipients ofWrittenCommunication(ChildAge ageOnTheDateWritten) {
        return new Recipients(true, ageOnTheDateWritten.isUnder(COPY_TO_PARENT_UNDER));
    }
}
