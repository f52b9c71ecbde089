package android.app.admin;

import android.content.ComponentName;
import android.net.ProxyInfo;
import android.os.Bundle;
import fr.valise.agent.test.FakeDevice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Test fake: keeps the state a tablet would keep (it survives agent restarts within one FakeDevice), records every
 * call through {@link FakeDevice#record}, and throws on the call named by {@link FakeDevice#failOn}.
 */
public class DevicePolicyManager {
    public final Map<String, Bundle> appRestrictions = new HashMap<>();
    public final TreeSet<String> userRestrictions = new TreeSet<>();
    public final List<byte[]> caCerts = new ArrayList<>();
    public boolean autoTime = true, autoTimeZone = true;
    public CharSequence lockScreenInfo, organizationName;
    public ProxyInfo globalProxy;
    public SystemUpdatePolicy updatePolicy;
    public String timeZone;

    private void call(String name, Object... args) { FakeDevice.record("DevicePolicyManager", name, args); }

    public boolean isDeviceOwnerApp(String pkg) { call("isDeviceOwnerApp", pkg); return FakeDevice.owner && "fr.valise.agent".equals(pkg); }

    public boolean setTimeZone(ComponentName admin, String zone) {
        call("setTimeZone", admin, zone);
        if (autoTimeZone) return false; // as Android: refused while the time zone is automatic
        timeZone = zone;
        System.setProperty("user.timezone", zone);
        java.util.TimeZone.setDefault(null);
        return true;
    }
    public void setAutoTimeEnabled(ComponentName admin, boolean enabled) { call("setAutoTimeEnabled", admin, enabled); autoTime = enabled; }
    public boolean getAutoTimeEnabled(ComponentName admin) { call("getAutoTimeEnabled", admin); return autoTime; }
    public void setAutoTimeZoneEnabled(ComponentName admin, boolean enabled) { call("setAutoTimeZoneEnabled", admin, enabled); autoTimeZone = enabled; }
    public boolean getAutoTimeZoneEnabled(ComponentName admin) { call("getAutoTimeZoneEnabled", admin); return autoTimeZone; }

    public void setRecommendedGlobalProxy(ComponentName admin, ProxyInfo proxy) { call("setRecommendedGlobalProxy", admin, proxy); globalProxy = proxy; }

    public boolean installCaCert(ComponentName admin, byte[] cert) {
        call("installCaCert", admin, cert);
        if (!hasCert(cert)) caCerts.add(cert.clone());
        return true;
    }
    public void uninstallCaCert(ComponentName admin, byte[] cert) { call("uninstallCaCert", admin, cert); caCerts.removeIf(c -> Arrays.equals(c, cert)); }
    public boolean hasCaCertInstalled(ComponentName admin, byte[] cert) { call("hasCaCertInstalled", admin, cert); return hasCert(cert); }
    public List<byte[]> getInstalledCaCerts(ComponentName admin) { call("getInstalledCaCerts", admin); return new ArrayList<>(caCerts); }
    private boolean hasCert(byte[] cert) { return caCerts.stream().anyMatch(c -> Arrays.equals(c, cert)); }

    public void setApplicationRestrictions(ComponentName admin, String pkg, Bundle settings) {
        call("setApplicationRestrictions", admin, pkg, settings);
        if (settings == null || settings.isEmpty()) appRestrictions.remove(pkg); else appRestrictions.put(pkg, settings);
    }
    public Bundle getApplicationRestrictions(ComponentName admin, String pkg) {
        call("getApplicationRestrictions", admin, pkg);
        Bundle b = appRestrictions.get(pkg);
        return b == null ? new Bundle() : b;
    }

    public void addUserRestriction(ComponentName admin, String key) { call("addUserRestriction", admin, key); userRestrictions.add(key); }
    public void clearUserRestriction(ComponentName admin, String key) { call("clearUserRestriction", admin, key); userRestrictions.remove(key); }
    public Bundle getUserRestrictions(ComponentName admin) {
        call("getUserRestrictions", admin);
        Bundle b = new Bundle();
        for (String k : userRestrictions) b.putBoolean(k, true);
        return b;
    }

    public void setSystemUpdatePolicy(ComponentName admin, SystemUpdatePolicy policy) { call("setSystemUpdatePolicy", admin, policy); updatePolicy = policy; }
    public SystemUpdatePolicy getSystemUpdatePolicy() { call("getSystemUpdatePolicy"); return updatePolicy; }

    public void setDeviceOwnerLockScreenInfo(ComponentName admin, CharSequence info) { call("setDeviceOwnerLockScreenInfo", admin, info); lockScreenInfo = info; }
    public CharSequence getDeviceOwnerLockScreenInfo() { call("getDeviceOwnerLockScreenInfo"); return lockScreenInfo; }
    public void setOrganizationName(ComponentName admin, CharSequence name) { call("setOrganizationName", admin, name); organizationName = name; }
}
