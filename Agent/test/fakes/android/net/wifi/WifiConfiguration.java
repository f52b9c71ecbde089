package android.net.wifi;

import android.net.ProxyInfo;

/** Test fake. */
public class WifiConfiguration {
    public static final int SECURITY_TYPE_OPEN = 0, SECURITY_TYPE_WEP = 1, SECURITY_TYPE_PSK = 2, SECURITY_TYPE_EAP = 3,
            SECURITY_TYPE_SAE = 4;
    public String SSID;
    public String preSharedKey;
    public boolean hiddenSSID;
    public int priority;
    public int networkId = -1;
    public WifiEnterpriseConfig enterpriseConfig = new WifiEnterpriseConfig();
    public int securityType = -1;
    public ProxyInfo httpProxy;
    public WifiConfiguration() {}
    public void setSecurityParams(int type) { securityType = type; }
    public void setHttpProxy(ProxyInfo proxy) { httpProxy = proxy; }
    public ProxyInfo getHttpProxy() { return httpProxy; }
}
