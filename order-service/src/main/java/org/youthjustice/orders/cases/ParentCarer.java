package org.youthjustice.orders.cases;

import jakarta.persistence.Embeddable;

/** A parent or carer of the child: copied on written communications for a child under 16. */
@Embeddable
public class ParentCarer {
    public String name;
    public String relationship;
    public String phone;
    public String email;
    public String address;
}
