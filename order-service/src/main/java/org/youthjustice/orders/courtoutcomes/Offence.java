package org.youthjustice.orders.courtoutcomes;

import jakarta.persistence.Embeddable;

/** An offence dealt with at the hearing; whether it is imprisonable decides ORD-12 and ORD-13. */
@Embeddable
public class Offence {
    public String description;
    public boolean imprisonable;
}
