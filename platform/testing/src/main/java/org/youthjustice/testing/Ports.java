package org.youthjustice.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free ports on the loopback interface, so that two test runs on one machine never collide. They are taken below the
 * ephemeral range (Linux's default ip_local_port_range starts at 32768), as the local platform's are: a port the
 * kernel hands out for outgoing connections can be taken by any client on the machine (a Kafka consumer's, a database
 * driver's) between the moment it is found free and the moment Keycloak or PostgreSQL binds it, seconds later
 * ("Port already bound" in a CI run). Each port is handed out once per run.
 */
public final class Ports {
    private static final int FIRST = 20000;
    private static final int EPHEMERAL_PORTS_START = 32768;
    private static final int SPAN = EPHEMERAL_PORTS_START - FIRST;
    /** Where this process looks next: somewhere that depends on the process, so that two runs look in different places. */
    private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() * 7919 % SPAN));

    private Ports() {
    }

    public static int free() {
        for (int tried = 0; tried < SPAN; tried++) {
            int port = FIRST + Math.floorMod(NEXT.getAndIncrement(), SPAN);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // in use: the next one
            }
        }
        throw new IllegalStateException("no free port on 127.0.0.1 from " + FIRST + " to " + (EPHEMERAL_PORTS_START - 1));
    }
}
