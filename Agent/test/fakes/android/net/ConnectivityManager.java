package android.net;

import fr.valise.agent.test.FakeDevice;

/** Test fake: the default proxy is the device owner's recommended global proxy. */
public class ConnectivityManager {
    public ProxyInfo getDefaultProxy() { FakeDevice.record("ConnectivityManager", "getDefaultProxy"); return FakeDevice.dpm.globalProxy; }
}
