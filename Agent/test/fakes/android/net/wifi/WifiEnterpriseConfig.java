package android.net.wifi;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** Test fake. */
public class WifiEnterpriseConfig {
    public static final class Eap { public static final int PEAP = 0, TLS = 1, TTLS = 2, PWD = 3; }
    public static final class Phase2 { public static final int NONE = 0, PAP = 1, MSCHAP = 2, MSCHAPV2 = 3, GTC = 4; }
    public int eapMethod = -1, phase2Method = 0;
    public String domainSuffixMatch, identity, password;
    public X509Certificate caCertificate, clientCertificate;
    public PrivateKey clientKey;
    public WifiEnterpriseConfig() {}
    public void setEapMethod(int method) { eapMethod = method; }
    public void setPhase2Method(int method) { phase2Method = method; }
    public void setDomainSuffixMatch(String domain) { domainSuffixMatch = domain; }
    public void setCaCertificate(X509Certificate cert) { caCertificate = cert; }
    public void setIdentity(String identity) { this.identity = identity; }
    public void setPassword(String password) { this.password = password; }
    public void setClientKeyEntry(PrivateKey key, X509Certificate cert) { clientKey = key; clientCertificate = cert; }
}
