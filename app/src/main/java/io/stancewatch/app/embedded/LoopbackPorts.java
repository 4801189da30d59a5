package io.stancewatch.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks free TCP ports on 127.0.0.1 for servers that must be told their port before they bind it
 * (Kafka's controller quorum voters, the registry's {@code quarkus.http.port}).
 */
public final class LoopbackPorts {

    /** The only address the embedded servers listen on: they are for this machine alone. */
    public static final String LOOPBACK_HOST = "127.0.0.1";

    private LoopbackPorts() {
    }

    /**
     * Returns a port that was free a moment ago. Another process may take it before the caller binds
     * it; the window is short and a clash fails loudly at bind time.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK_HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on " + LOOPBACK_HOST, e);
        }
    }

    /** Returns {@code requested} when it is positive, else a free port. */
    public static int requestedOrFree(final int requested) {
        return requested > 0 ? requested : freePort();
    }
}
