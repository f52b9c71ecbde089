package fr.valise.agent.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The host side of one stream to the agent (as `adb` would open localabstract:valise-agent). */
final class Client implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Client() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), FakeDevice.boundPort);
        socket.setSoTimeout(20000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(byte[] bytes) throws IOException { out.write(bytes); out.flush(); }
    void send(String text) throws IOException { send(text.getBytes(StandardCharsets.UTF_8)); }
    void line(String text) throws IOException { send(text + "\n"); }

    /** The next answer line without "\n"; null when the agent closed the stream. */
    String read() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) return b.size() == 0 ? null : "PARTIAL:" + b.toString("UTF-8");
            if (c == '\n') return b.toString("UTF-8");
            b.write(c);
        }
    }

    String request(String line) throws IOException { line(line); return read(); }

    String trust(byte[] pem) throws IOException {
        send(("TRUST " + pem.length + "\n").getBytes(StandardCharsets.UTF_8));
        send(pem);
        return read();
    }

    String apply(byte[] bundle, byte[] signature, byte[] certificate) throws IOException {
        send("APPLY " + bundle.length + " " + signature.length + " " + certificate.length + "\n");
        send(bundle);
        send(signature);
        send(certificate);
        return read();
    }

    @Override public void close() throws IOException { socket.close(); }
}
