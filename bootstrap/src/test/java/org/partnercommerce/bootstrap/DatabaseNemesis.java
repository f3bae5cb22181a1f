package org.partnercommerce.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and its PostgreSQL that can take the database away: {@link #cut()}
 * drops every open connection at once and closes each new one as soon as it is accepted, as a
 * database that restarted or a network that failed would; {@link #heal()} lets new connections
 * through again. On loopback, on a port of its own.
 */
final class DatabaseNemesis implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress database;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private DatabaseNemesis(InetSocketAddress database) throws IOException {
        this.database = database;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("database-nemesis").start(this::accept);
    }

    static DatabaseNemesis before(String host, int port) throws IOException {
        return new DatabaseNemesis(new InetSocketAddress(host, port));
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every connection dropped, and no new one served until {@link #heal()}. */
    void cut() {
        cut = true;
        open.forEach(DatabaseNemesis::closeQuietly);
        open.clear();
    }

    void heal() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                server.connect(database, 2000);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException closedOrRefused) {
                // the listener closed, or the database refused: the client sees its connection end
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException dropped) {
            // one side went away: so does the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
