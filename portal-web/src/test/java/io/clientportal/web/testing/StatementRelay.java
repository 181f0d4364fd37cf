package io.clientportal.web.testing;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A TCP relay between the server under test and PostgreSQL that counts the statements PostgreSQL is asked to run:
 * what a page costs at the database, transaction control ({@code BEGIN}, {@code COMMIT}) and the pool's connection
 * checks included, which no counter inside the application sees.
 *
 * <p>It reads the frontend side of PostgreSQL's protocol (version 3): a simple-protocol {@code Query} is one
 * statement, and so is each {@code Execute} of the extended protocol (the driver parses a reused statement only once,
 * so counting {@code Parse} would miss its later runs). It answers an SSL or GSS encryption request with "no" itself,
 * so it always sees plain text; the server's side passes through untouched.
 */
public final class StatementRelay {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final List<String> executed = new ArrayList<>();

    private StatementRelay(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** Starts relaying a free local port to PostgreSQL at the given address, until the JVM ends. */
    public static StatementRelay start(String targetHost, int targetPort) {
        try {
            StatementRelay relay = new StatementRelay(targetHost, targetPort);
            daemon("statement-relay", relay::accept);
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Forgets what was counted: the next {@link #statements()} lists what PostgreSQL ran after this call. */
    public void reset() {
        synchronized (executed) {
            executed.clear();
        }
    }

    /** The statements PostgreSQL was asked to run since the last {@link #reset()}, in order. */
    public List<String> statements() {
        synchronized (executed) {
            return List.copyOf(executed);
        }
    }

    /**
     * The statements one request costs: the fewest of three tries. The mail timer shares the pool and runs every 10
     * seconds, so a try it overlaps counts its statements too; a request's own count is the same on every try.
     */
    public List<String> costOf(Runnable request) {
        List<String> fewest = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            reset();
            request.run();
            List<String> seen = statements();
            if (fewest == null || seen.size() < fewest.size()) {
                fewest = seen;
            }
        }
        return fewest;
    }

    private void accept() {
        while (true) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                daemon("statement-relay-up", () -> relayFrontend(client, server));
                daemon("statement-relay-down", () -> copy(server, client));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Client to server, one protocol message at a time, noting every statement run. */
    private void relayFrontend(Socket client, Socket server) {
        try (client; server) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(server.getOutputStream());
            if (!startUp(in, out, client.getOutputStream())) {
                return;
            }
            Map<String, String> preparedStatements = new HashMap<>();
            Map<String, String> portals = new HashMap<>();
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                byte[] body = new byte[length - 4];
                in.readFully(body);
                note((char) type, body, preparedStatements, portals);
                out.write(type);
                writeInt(out, length);
                out.write(body);
                if (in.available() == 0) {
                    out.flush(); // the driver's batch is over: pass it on as one
                }
            }
        } catch (IOException e) {
            // One side closed: the other goes with it.
        }
    }

    /** The untyped start-up messages: encryption requests are declined here; the rest passes. */
    private static boolean startUp(DataInputStream in, OutputStream out, OutputStream back) throws IOException {
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                return false;
            }
            int code = in.readInt();
            byte[] rest = new byte[length - 8];
            in.readFully(rest);
            if (code == SSL_REQUEST || code == GSS_REQUEST) {
                back.write('N');
                back.flush();
                continue;
            }
            writeInt(out, length);
            writeInt(out, code);
            out.write(rest);
            out.flush();
            return true;
        }
    }

    private void note(char type, byte[] body, Map<String, String> preparedStatements, Map<String, String> portals) {
        switch (type) {
            case 'Q' -> record(cString(body, 0));
            case 'P' -> {
                String name = cString(body, 0);
                preparedStatements.put(name, cString(body, name.getBytes(StandardCharsets.UTF_8).length + 1));
            }
            case 'B' -> {
                String portal = cString(body, 0);
                String statement = cString(body, portal.getBytes(StandardCharsets.UTF_8).length + 1);
                portals.put(portal, preparedStatements.getOrDefault(statement, "?"));
            }
            case 'E' -> record(portals.getOrDefault(cString(body, 0), "?"));
            default -> { }
        }
    }

    private void record(String sql) {
        synchronized (executed) {
            executed.add(sql);
        }
    }

    private static String cString(byte[] body, int from) {
        int end = from;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, from, end - from, StandardCharsets.UTF_8);
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void copy(Socket from, Socket to) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException e) {
            // One side closed: the other goes with it.
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
