package fr.valise.agent.test;

import android.app.NotificationManager;
import android.app.admin.DevicePolicyManager;
import android.app.admin.FreezePeriod;
import android.app.admin.SystemUpdatePolicy;
import android.content.ComponentName;
import android.content.SharedPreferences;
import android.net.ConnectivityManager;
import android.net.ProxyInfo;
import android.net.wifi.WifiConfiguration;
import android.net.wifi.WifiEnterpriseConfig;
import android.net.wifi.WifiManager;
import android.os.BaseBundle;
import fr.valise.agent.AgentService;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The one fake tablet the agent runs on in the JVM: its device-owner state (DevicePolicyManager, WifiManager), the
 * agent's data folder (SharedPreferences files), the log of every framework call, and the agent's socket.
 * Restarting the agent (kill + start) keeps all of it, as a process restart keeps a tablet's state.
 */
public final class FakeDevice {
    public static volatile File stateDir;
    public static volatile boolean owner = true;
    public static volatile int port = 0;
    public static volatile int peerUid = 2000;
    /** Name of a framework method that throws (a failure in the middle of an APPLY), or null. */
    public static volatile String failOn;
    public static DevicePolicyManager dpm;
    public static WifiManager wifi;
    public static ConnectivityManager cm;
    public static volatile int boundPort;
    private static File callsFile;
    private static final List<JSONObject> calls = new ArrayList<>();
    private static final List<Closeable> open = new ArrayList<>();
    private static volatile CountDownLatch ready = new CountDownLatch(1);

    private FakeDevice() {}

    /** A new tablet: empty state in DIR, calls appended to CALLS (may be null). */
    public static synchronized void reset(File dir, boolean isOwner, File calls, int listenPort) {
        kill();
        stateDir = dir;
        owner = isOwner;
        callsFile = calls;
        port = listenPort;
        peerUid = 2000;
        failOn = null;
        dpm = new DevicePolicyManager();
        wifi = new WifiManager();
        cm = new ConnectivityManager();
        FakeDevice.calls.clear();
    }

    /** Starts the agent service as Android would (onCreate) and waits until its socket listens. */
    public static AgentService start() throws Exception {
        ready = new CountDownLatch(1);
        AgentService service = new AgentService();
        service.onCreate();
        if (!ready.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the agent did not open its socket");
        return service;
    }

    /** Kills the agent: closes its listening socket and every open stream (the service gets no callback). */
    public static void kill() {
        List<Closeable> all;
        synchronized (open) { all = new ArrayList<>(open); open.clear(); }
        for (Closeable c : all) {
            try { c.close(); } catch (IOException ignored) { }
        }
    }

    public static void bound(Closeable server, int localPort) {
        synchronized (open) { open.add(server); }
        boundPort = localPort;
        ready.countDown();
    }

    public static void opened(Closeable socket) { synchronized (open) { open.add(socket); } }

    public static SharedPreferences preferences(String name) { return new FakePreferences(new File(stateDir, name + ".json")); }

    public static Object systemService(String name) {
        switch (name) {
            case "device_policy": return dpm;
            case "wifi": return wifi;
            case "connectivity": return cm;
            case "notification": return new NotificationManager();
            default: return null;
        }
    }

    /**
     * Records CLS.METHOD(ARGS) (DevicePolicyManager and WifiManager calls also go to the calls file); throws when
     * METHOD is {@link #failOn}.
     */
    public static void record(String cls, String method, Object... args) {
        JSONObject call = new JSONObject();
        try {
            JSONArray a = new JSONArray();
            for (Object arg : args) a.put(json(arg));
            call.put("call", method);
            call.put("class", cls);
            call.put("args", a);
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
        synchronized (calls) {
            calls.add(call);
            if (callsFile != null && (cls.equals("DevicePolicyManager") || cls.equals("WifiManager"))) {
                try (FileOutputStream out = new FileOutputStream(callsFile, true)) {
                    out.write((call.toString() + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot write " + callsFile + ": " + e);
                }
            }
        }
        if (method.equals(failOn)) throw new RuntimeException("injected failure in " + method);
    }

    /** Every recorded call, in order. */
    public static List<JSONObject> calls() { synchronized (calls) { return new ArrayList<>(calls); } }

    /** The arguments (as JSON text) of every recorded call to METHOD. */
    public static List<String> calls(String method) {
        List<String> out = new ArrayList<>();
        for (JSONObject c : calls()) if (c.optString("call").equals(method)) out.add(c.optJSONArray("args").toString());
        return out;
    }

    public static void clearCalls() { synchronized (calls) { calls.clear(); } }

    /** Framework objects as JSON, for the call log. */
    public static Object json(Object v) throws JSONException {
        if (v == null) return JSONObject.NULL;
        if (v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long) return v;
        if (v instanceof CharSequence) return v.toString();
        if (v instanceof ComponentName) return ((ComponentName) v).flattenToString();
        if (v instanceof byte[]) return certificate((byte[]) v);
        if (v instanceof Object[]) {
            JSONArray a = new JSONArray();
            for (Object o : (Object[]) v) a.put(json(o));
            return a;
        }
        if (v instanceof BaseBundle) {
            JSONObject o = new JSONObject();
            for (String k : ((BaseBundle) v).keySet()) o.put(k, json(((BaseBundle) v).get(k)));
            return o;
        }
        if (v instanceof ProxyInfo) {
            ProxyInfo p = (ProxyInfo) v;
            JSONObject o = new JSONObject();
            String pac = p.getPacFileUrl() == null ? "" : p.getPacFileUrl().toString();
            if (!pac.isEmpty()) {
                o.put("pac", pac);
            } else {
                o.put("host", p.getHost());
                o.put("port", p.getPort());
                o.put("exclusions", json(p.getExclusionList()));
            }
            return o;
        }
        if (v instanceof SystemUpdatePolicy) {
            SystemUpdatePolicy p = (SystemUpdatePolicy) v;
            JSONObject o = new JSONObject();
            o.put("type", p.getPolicyType());
            o.put("window_start", p.getInstallWindowStart());
            o.put("window_end", p.getInstallWindowEnd());
            JSONArray f = new JSONArray();
            for (FreezePeriod fp : p.getFreezePeriods()) f.put(fp.getStart() + "/" + fp.getEnd());
            o.put("freeze_periods", f);
            return o;
        }
        if (v instanceof WifiConfiguration) {
            WifiConfiguration c = (WifiConfiguration) v;
            JSONObject o = new JSONObject();
            o.put("SSID", c.SSID);
            o.put("securityType", c.securityType);
            o.put("preSharedKey", json(c.preSharedKey));
            o.put("hiddenSSID", c.hiddenSSID);
            o.put("priority", c.priority);
            o.put("networkId", c.networkId);
            o.put("proxy", json(c.httpProxy));
            WifiEnterpriseConfig e = c.enterpriseConfig;
            if (e != null && e.eapMethod >= 0) {
                JSONObject x = new JSONObject();
                x.put("eapMethod", e.eapMethod);
                x.put("phase2Method", e.phase2Method);
                x.put("domainSuffixMatch", json(e.domainSuffixMatch));
                x.put("identity", json(e.identity));
                x.put("password", json(e.password));
                x.put("caCertificate", e.caCertificate == null ? JSONObject.NULL : e.caCertificate.getSubjectX500Principal().getName());
                x.put("clientCertificate", e.clientCertificate == null ? JSONObject.NULL : e.clientCertificate.getSubjectX500Principal().getName());
                x.put("clientKey", e.clientKey == null ? JSONObject.NULL : e.clientKey.getAlgorithm());
                o.put("eap", x);
            }
            return o;
        }
        return v.toString();
    }

    private static Object certificate(byte[] der) {
        try {
            X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return "cert:" + c.getSubjectX500Principal().getName();
        } catch (Exception e) {
            return "base64:" + Base64.getEncoder().encodeToString(der);
        }
    }
}
