package android.net;

import fr.valise.agent.test.FakeDevice;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Test fake: the abstract socket NAME is a TCP socket on 127.0.0.1 (port {@link FakeDevice#port}, 0: any). */
public class LocalServerSocket implements java.io.Closeable {
    private final ServerSocket socket;
    public LocalServerSocket(String name) throws IOException {
        if (!"valise-agent".equals(name)) throw new IOException("unexpected socket name " + name);
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), FakeDevice.port));
        FakeDevice.bound(this, socket.getLocalPort());
    }
    public LocalSocket accept() throws IOException { return new LocalSocket(socket.accept()); }
    @Override public void close() throws IOException { socket.close(); }
}
