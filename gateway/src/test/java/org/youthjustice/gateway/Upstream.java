package org.youthjustice.gateway;

import java.util.concurrent.atomic.AtomicInteger;

/** What the test upstream service has received. */
public class Upstream {
    final AtomicInteger requests = new AtomicInteger();

    public int requests() {
        return requests.get();
    }
}
