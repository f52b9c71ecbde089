package android.net;

import java.util.ArrayList;
import java.util.List;

/** Test fake. */
public class ProxyInfo {
    private final String host; private final int port; private final List<String> exclusions; private final Uri pac;
    private ProxyInfo(String host, int port, List<String> exclusions, Uri pac) { this.host = host; this.port = port; this.exclusions = exclusions; this.pac = pac; }
    public static ProxyInfo buildDirectProxy(String host, int port) { return new ProxyInfo(host, port, new ArrayList<>(), Uri.EMPTY); }
    public static ProxyInfo buildDirectProxy(String host, int port, List<String> exclusions) { return new ProxyInfo(host, port, new ArrayList<>(exclusions), Uri.EMPTY); }
    public static ProxyInfo buildPacProxy(Uri pac) { return new ProxyInfo("localhost", -1, new ArrayList<>(), pac); }
    public String getHost() { return host; }
    public int getPort() { return port; }
    public String[] getExclusionList() { return exclusions.toArray(new String[0]); }
    public Uri getPacFileUrl() { return pac; }
}
