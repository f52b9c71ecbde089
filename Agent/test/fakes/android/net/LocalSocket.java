package android.net;

import fr.valise.agent.test.FakeDevice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** Test fake over a TCP socket; the peer is uid {@link FakeDevice#peerUid}. */
public class LocalSocket implements java.io.Closeable {
    private final Socket socket;
    LocalSocket(Socket socket) { this.socket = socket; FakeDevice.opened(this); }
    public InputStream getInputStream() throws IOException { return socket.getInputStream(); }
    public OutputStream getOutputStream() throws IOException { return socket.getOutputStream(); }
    public Credentials getPeerCredentials() throws IOException { return new Credentials(1, FakeDevice.peerUid, FakeDevice.peerUid); }
    @Override public void close() throws IOException { socket.close(); }
}
