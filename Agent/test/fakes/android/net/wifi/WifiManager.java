package android.net.wifi;

import fr.valise.agent.test.FakeDevice;
import java.util.ArrayList;
import java.util.List;

/** Test fake: the saved networks of the tablet; every call recorded. */
public class WifiManager {
    public final List<WifiConfiguration> networks = new ArrayList<>();
    private int nextId = 1;

    private void call(String name, Object... args) { FakeDevice.record("WifiManager", name, args); }

    public int addNetwork(WifiConfiguration config) {
        call("addNetwork", config);
        config.networkId = nextId++;
        networks.add(config);
        return config.networkId;
    }
    public int updateNetwork(WifiConfiguration config) {
        call("updateNetwork", config);
        for (int i = 0; i < networks.size(); i++) {
            if (networks.get(i).networkId == config.networkId) { networks.set(i, config); return config.networkId; }
        }
        return -1;
    }
    public boolean removeNetwork(int netId) { call("removeNetwork", netId); return networks.removeIf(n -> n.networkId == netId); }
    public List<WifiConfiguration> getConfiguredNetworks() { call("getConfiguredNetworks"); return new ArrayList<>(networks); }
}
