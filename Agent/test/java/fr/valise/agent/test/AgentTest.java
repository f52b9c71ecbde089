package fr.valise.agent.test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.admin.SystemUpdatePolicy;
import android.net.wifi.WifiConfiguration;
import android.os.Bundle;
import java.io.File;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The shipped agent (enjarified dex) on a fake tablet: what it answers and which framework calls it makes. */
public class AgentTest {
    static final Set<String> MUTATIONS = new HashSet<>(Arrays.asList("setTimeZone", "setAutoTimeEnabled",
            "setAutoTimeZoneEnabled", "setRecommendedGlobalProxy", "installCaCert", "uninstallCaCert",
            "setApplicationRestrictions", "addUserRestriction", "clearUserRestriction", "setSystemUpdatePolicy",
            "setDeviceOwnerLockScreenInfo", "setOrganizationName", "addNetwork", "updateNetwork", "removeNetwork"));
    static final String ADMIN = "\"fr.valise.agent\\/fr.valise.agent.AdminReceiver\"";

    private File state;
    private Client client;

    @Before public void start() throws Exception {
        state = Files.createTempDirectory("valise-agent-test").toFile();
        FakeDevice.reset(state, true, null, 0);
        FakeDevice.start();
        client = new Client();
    }

    @After public void stop() throws Exception {
        client.close();
        FakeDevice.kill();
    }

    private void restart() throws Exception {
        client.close();
        FakeDevice.kill();
        FakeDevice.start();
        client = new Client();
    }

    private String trust() throws Exception { return client.trust(Fixtures.bytes("ca.pem")); }

    private String apply(String bundle) throws Exception {
        return client.apply(Fixtures.bytes(bundle), Fixtures.bytes(bundle.replace(".json", ".sig")), Fixtures.bytes("signer.der"));
    }

    /** Signs and applies a bundle made by the test. */
    private String apply(JSONObject bundle) throws Exception {
        byte[] b = Fixtures.utf8(bundle);
        return client.apply(b, Fixtures.sign(b), Fixtures.bytes("signer.der"));
    }

    private static void assertNothingApplied() {
        for (JSONObject c : FakeDevice.calls()) {
            assertFalse("applied " + c, MUTATIONS.contains(c.optString("call")));
        }
    }

    private static void assertCall(String method, String argsJson) {
        List<String> calls = FakeDevice.calls(method);
        assertTrue(method + argsJson + " not among " + calls, calls.contains(argsJson));
    }

    private void assertServing() throws Exception { assertTrue(client.request("STATUS").startsWith("OK ")); }

    // ---- happy path -------------------------------------------------------------------------------------------

    @Test public void statusTrustApplyFullBundle() throws Exception {
        assertEquals("OK -", client.request("STATUS"));
        assertEquals("OK", trust());
        String digest = Fixtures.sha256(Fixtures.bytes("bundle-full.json"));
        String answer = apply("bundle-full.json");
        assertTrue(answer, answer.startsWith("OK " + digest + " {"));
        JSONObject report = new JSONObject(answer.substring(("OK " + digest + " ").length()));
        assertEquals("QO-5A-03", report.getString("device_name"));
        assertEquals("OK " + digest, client.request("STATUS"));

        // Wi-Fi: five networks, with their security.
        List<WifiConfiguration> nets = FakeDevice.wifi.networks;
        assertEquals(5, nets.size());
        WifiConfiguration psk = find(nets, "QO-Eleves"), sae = find(nets, "QO-Profs"), peap = find(nets, "eduroam"),
                tls = find(nets, "QO-Admin"), open = find(nets, "QO-Invites");
        assertEquals(WifiConfiguration.SECURITY_TYPE_PSK, psk.securityType);
        assertEquals("\"fake-passphrase-eleves\"", psk.preSharedKey);
        assertEquals(10, psk.priority);
        assertFalse(psk.hiddenSSID);
        assertEquals(WifiConfiguration.SECURITY_TYPE_SAE, sae.securityType);
        assertEquals("\"fake-passphrase-profs\"", sae.preSharedKey);
        assertTrue(sae.hiddenSSID);
        assertEquals("proxy.qo.example", sae.getHttpProxy().getHost());
        assertEquals(3128, sae.getHttpProxy().getPort());
        assertEquals(Arrays.asList("*.ac-guadeloupe.example"), Arrays.asList(sae.getHttpProxy().getExclusionList()));
        assertEquals(WifiConfiguration.SECURITY_TYPE_EAP, peap.securityType);
        assertEquals(0, peap.enterpriseConfig.eapMethod);
        assertEquals(3, peap.enterpriseConfig.phase2Method);
        assertEquals("radius.ac-guadeloupe.example", peap.enterpriseConfig.domainSuffixMatch);
        assertEquals("tablet-qo-5a-03", peap.enterpriseConfig.identity);
        assertEquals("fake-eap-password", peap.enterpriseConfig.password);
        assertTrue(peap.enterpriseConfig.caCertificate.getSubjectX500Principal().getName().contains("TEST RADIUS CA"));
        assertEquals("http://wpad.qo.example/wpad.dat", peap.getHttpProxy().getPacFileUrl().toString());
        assertEquals(1, tls.enterpriseConfig.eapMethod);
        assertTrue(tls.enterpriseConfig.clientCertificate.getSubjectX500Principal().getName().contains("tablet-qo-5a-03"));
        assertEquals("RSA", tls.enterpriseConfig.clientKey.getAlgorithm());
        assertNull(tls.enterpriseConfig.identity);
        assertEquals(WifiConfiguration.SECURITY_TYPE_OPEN, open.securityType);
        assertNull(open.preSharedKey);

        // Time, filtering proxy and CA, ENT, restrictions, system update, name.
        assertCall("setAutoTimeZoneEnabled", "[" + ADMIN + ",false]");
        assertCall("setTimeZone", "[" + ADMIN + ",\"America\\/Guadeloupe\"]");
        assertCall("setAutoTimeEnabled", "[" + ADMIN + ",true]");
        assertCall("setRecommendedGlobalProxy", "[" + ADMIN + ",{\"host\":\"filtre.qo.example\",\"port\":8080,\"exclusions\":[\"localhost\",\"*.qo.example\"]}]");
        assertEquals(1, FakeDevice.dpm.caCerts.size());
        assertCall("installCaCert", "[" + ADMIN + ",\"cert:O=College TEST,CN=TEST filtering proxy CA\"]");
        Bundle chrome = FakeDevice.dpm.appRestrictions.get("com.android.chrome");
        assertEquals("https://ent.example.fr", chrome.getString("HomepageLocation"));
        assertEquals(Boolean.FALSE, chrome.get("HomepageIsNewTabPage"));
        assertEquals(new JSONArray("[{\"name\":\"ENT\",\"url\":\"https://ent.example.fr\"},{\"name\":\"Pronote\",\"url\":\"https://pronote.example.fr/eleve.html\"}]").toString(),
                new JSONArray(chrome.getString("ManagedBookmarks")).toString());
        Bundle ent = FakeDevice.dpm.appRestrictions.get("fr.example.ent");
        assertEquals("https://ent.example.fr", ent.getString("server"));
        assertEquals(30, ent.get("sync_minutes"));
        assertEquals(Boolean.TRUE, ent.get("offline"));
        assertEquals(Arrays.asList("cahier", "messagerie"), Arrays.asList((String[]) ent.get("features")));
        assertEquals("qo-5a-03", ent.getBundle("account").getString("login_hint"));
        assertEquals("Cahier de textes", ((Bundle) ((Object[]) ent.get("tabs"))[0]).getString("title"));
        assertEquals(new HashSet<>(Arrays.asList("no_add_user", "no_factory_reset", "no_install_unknown_sources",
                "no_modify_accounts", "no_usb_file_transfer")), FakeDevice.dpm.userRestrictions);
        SystemUpdatePolicy p = FakeDevice.dpm.updatePolicy;
        assertEquals(SystemUpdatePolicy.TYPE_INSTALL_WINDOWED, p.getPolicyType());
        assertEquals(120, p.getInstallWindowStart());
        assertEquals(240, p.getInstallWindowEnd());
        assertEquals(2, p.getFreezePeriods().size());
        assertEquals("--06-01", p.getFreezePeriods().get(0).getStart().toString());
        assertEquals("--12-31", p.getFreezePeriods().get(1).getEnd().toString());
        assertEquals("QO-5A-03", FakeDevice.dpm.lockScreenInfo.toString());
        assertEquals("QO-5A-03", FakeDevice.dpm.organizationName.toString());
        assertEquals("America/Guadeloupe", FakeDevice.dpm.timeZone);
    }

    private static WifiConfiguration find(List<WifiConfiguration> nets, String ssid) {
        for (WifiConfiguration c : nets) if (c.SSID.equals("\"" + ssid + "\"")) return c;
        throw new AssertionError("no network " + ssid);
    }

    @Test public void laterBundleUndoesWhatItNoLongerNamesAndUsesPacProxy() throws Exception {
        trust();
        assertTrue(apply("bundle-full.json").startsWith("OK "));
        String answer = apply("bundle-reduced.json");
        assertTrue(answer, answer.endsWith("\"global_proxy\":\"pac:http://wpad.qo.example/wpad.dat\",\"restrictions\":[],\"system_update\":\"automatic\",\"time_zone\":\"America/Marigot\",\"wifi\":[\"QO-Eleves\"]}"));
        assertEquals(1, FakeDevice.wifi.networks.size());
        assertEquals(1, FakeDevice.calls("updateNetwork").size());
        assertEquals(4, FakeDevice.calls("removeNetwork").size());
        assertCall("setRecommendedGlobalProxy", "[" + ADMIN + ",{\"pac\":\"http:\\/\\/wpad.qo.example\\/wpad.dat\"}]");
        assertTrue(FakeDevice.dpm.caCerts.isEmpty());
        assertTrue(FakeDevice.dpm.appRestrictions.isEmpty());
        assertTrue(FakeDevice.dpm.userRestrictions.isEmpty());
        assertEquals(SystemUpdatePolicy.TYPE_INSTALL_AUTOMATIC, FakeDevice.dpm.updatePolicy.getPolicyType());
    }

    @Test public void reapplyingIsIdempotent() throws Exception {
        trust();
        apply("bundle-full.json");
        JSONObject again = Fixtures.json("bundle-full.json").put("sequence", 3);
        String answer = apply(again);
        assertTrue(answer, answer.startsWith("OK "));
        assertEquals(5, FakeDevice.wifi.networks.size());
        assertEquals(5, FakeDevice.calls("updateNetwork").size());
        assertEquals(1, FakeDevice.dpm.caCerts.size());
    }

    // ---- refusals: the ERR code, nothing applied, the stream still served ------------------------------------------

    private void refused(String prefix, String answer) throws Exception {
        assertTrue("expected " + prefix + " but got " + answer, answer != null && answer.startsWith(prefix));
        assertNothingApplied();
        assertServing();
    }

    @Test public void applyBeforeTrust() throws Exception { refused("ERR no-ca ", apply("bundle-minimal.json")); }

    @Test public void notOwner() throws Exception {
        FakeDevice.owner = false;
        trust();
        refused("ERR not-owner ", apply("bundle-minimal.json"));
    }

    @Test public void signerFromAnotherCa() throws Exception {
        trust();
        refused("ERR bad-signature ", client.apply(Fixtures.bytes("bundle-minimal.json"), Fixtures.bytes("bundle-minimal.sig"), Fixtures.bytes("signer-other-ca.der")));
    }

    @Test public void expiredSigner() throws Exception {
        trust();
        refused("ERR bad-signature signer certificate expired", client.apply(Fixtures.bytes("bundle-minimal.json"), Fixtures.bytes("bundle-minimal.sig"), Fixtures.bytes("signer-expired.der")));
    }

    @Test public void notYetValidSigner() throws Exception {
        trust();
        refused("ERR bad-signature signer certificate not yet valid", client.apply(Fixtures.bytes("bundle-minimal.json"), Fixtures.bytes("bundle-minimal.sig"), Fixtures.bytes("signer-notyet.der")));
    }

    @Test public void tamperedBundle() throws Exception {
        trust();
        byte[] b = Fixtures.bytes("bundle-minimal.json").clone();
        b[b.length - 3] ^= 1;
        refused("ERR bad-signature ", client.apply(b, Fixtures.bytes("bundle-minimal.sig"), Fixtures.bytes("signer.der")));
    }

    @Test public void truncatedBodyAppliesNothing() throws Exception {
        trust();
        byte[] b = Fixtures.bytes("bundle-minimal.json"), s = Fixtures.bytes("bundle-minimal.sig"), c = Fixtures.bytes("signer.der");
        client.line("APPLY " + b.length + " " + s.length + " " + c.length);
        client.send(b);
        client.send(Arrays.copyOf(s, 10));
        client.close();
        Thread.sleep(300);
        client = new Client();
        assertEquals("OK -", client.request("STATUS"));
        assertNothingApplied();
    }

    @Test public void oversizedBundleIsReadAndDropped() throws Exception {
        trust();
        byte[] big = new byte[8 * 1024 * 1024 + 1];
        client.line("APPLY " + big.length + " 0 0");
        client.send(big);
        refused("ERR too-large bundle 8388609 bytes", client.read());
    }

    @Test public void oversizedCa() throws Exception {
        client.line("TRUST 65537");
        client.send(new byte[65537]);
        refused("ERR too-large ", client.read());
        assertEquals("OK", trust());
    }

    @Test public void invalidJson() throws Exception {
        trust();
        refused("ERR bad-json ", apply("bundle-truncated.json"));
    }

    @Test public void unknownKey() throws Exception {
        trust();
        refused("ERR bad-json unknown key \"settings.device.colour\"", apply("bundle-unknown-key.json"));
        JSONObject b = Fixtures.json("bundle-full.json");
        b.getJSONArray("wifi").getJSONObject(2).getJSONObject("eap").put("phase2", "gtc");
        refused("ERR bad-json unknown key \"wifi[2].eap.phase2\"", apply(b));
    }

    @Test public void illTypedAndIncompleteFields() throws Exception {
        trust();
        JSONObject b = Fixtures.json("bundle-minimal.json").put("sequence", "2");
        refused("ERR bad-json field \"sequence\" must be an integer", apply(b));
        JSONObject m = Fixtures.json("bundle-full.json");
        m.getJSONObject("filtering").getJSONObject("proxy").remove("host");
        refused("ERR bad-json filtering.proxy: ", apply(m));
        JSONObject w = Fixtures.json("bundle-full.json");
        w.getJSONObject("system_update").put("window_start", 2000);
        refused("ERR bad-json system_update: ", apply(w));
        JSONObject f = Fixtures.json("bundle-full.json");
        f.getJSONObject("system_update").getJSONArray("freeze_periods").getJSONObject(0).put("start", "02-30");
        refused("ERR bad-json field \"system_update.freeze_periods[0].start\" must be a MM-DD date", apply(f));
        JSONObject e = Fixtures.json("bundle-full.json");
        e.getJSONObject("ent").getJSONObject("app").getJSONObject("managed_configuration").put("ratio", 0.5);
        refused("ERR bad-json field \"ent.app.managed_configuration.ratio\"", apply(e));
        JSONObject s = Fixtures.json("bundle-full.json");
        s.getJSONArray("wifi").getJSONObject(0).put("security", "wep");
        refused("ERR bad-json field \"wifi[0].security\" must be one of ", apply(s));
    }

    @Test public void staleSequence() throws Exception {
        trust();
        assertTrue(apply("bundle-full.json").startsWith("OK "));
        FakeDevice.clearCalls();
        refused("ERR stale-sequence sequence 1 is not greater than last applied 2", apply("bundle-minimal.json"));
    }

    @Test public void secondTrust() throws Exception {
        assertEquals("OK", trust());
        refused("ERR already-trusted ", client.trust(Fixtures.bytes("other-ca.pem")));
    }

    @Test public void badCa() throws Exception {
        refused("ERR bad-ca ", client.trust(Fixtures.bytes("not-a-certificate.pem")));
        refused("ERR bad-ca ", client.trust(Fixtures.bytes("signer.der")));
    }

    @Test public void unknownCommand() throws Exception {
        refused("ERR unknown-command HELLO", client.request("HELLO"));
        refused("ERR unknown-command usage: APPLY <bundle-bytes> <signature-bytes> <certificate-bytes>", client.request("APPLY 1 2"));
        refused("ERR unknown-command usage: APPLY", client.request("APPLY +1 2 3"));
    }

    @Test public void expiredBundle() throws Exception {
        trust();
        refused("ERR expired bundle expired at ", apply("bundle-expired.json"));
        refused("ERR expired bundle issued at ", apply("bundle-future.json"));
    }

    @Test public void longLineClosesTheStream() throws Exception {
        char[] x = new char[1100];
        Arrays.fill(x, 'X');
        assertEquals("ERR unknown-command request line longer than 1024 bytes", client.request(new String(x)));
        assertNull(client.read());
    }

    @Test public void onlyRootAndShellMayConnect() throws Exception {
        FakeDevice.peerUid = 10123;
        try (Client other = new Client()) {
            other.line("STATUS");
            assertNull(other.read());
        } finally {
            FakeDevice.peerUid = 2000;
        }
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    @Test public void stateSurvivesRestart() throws Exception {
        trust();
        apply("bundle-minimal.json");
        String digest = Fixtures.sha256(Fixtures.bytes("bundle-minimal.json"));
        restart();
        assertEquals("OK " + digest, client.request("STATUS"));
        assertTrue(client.trust(Fixtures.bytes("ca.pem")).startsWith("ERR already-trusted"));
        assertTrue(apply("bundle-minimal.json").startsWith("ERR stale-sequence sequence 1 is not greater than last applied 1"));
        assertTrue(new File(state, "valise-agent.json").isFile());
    }

    @Test public void interruptedApplyIsReportedAndReapplied() throws Exception {
        trust();
        apply("bundle-minimal.json");
        String before = Fixtures.sha256(Fixtures.bytes("bundle-minimal.json"));
        String full = Fixtures.sha256(Fixtures.bytes("bundle-full.json"));
        FakeDevice.failOn = "setSystemUpdatePolicy";
        assertNull("the stream closes without an answer", apply("bundle-full.json"));
        FakeDevice.failOn = null;
        restart();
        assertEquals("OK " + before + " interrupted " + full, client.request("STATUS"));
        FakeDevice.clearCalls();
        String answer = apply("bundle-full.json");
        assertTrue(answer, answer.startsWith("OK " + full + " {"));
        assertEquals("OK " + full, client.request("STATUS"));
        assertEquals(5, FakeDevice.wifi.networks.size());
        assertEquals(SystemUpdatePolicy.TYPE_INSTALL_WINDOWED, FakeDevice.dpm.updatePolicy.getPolicyType());
        assertEquals("QO-5A-03", FakeDevice.dpm.lockScreenInfo.toString());
        assertTrue(apply("bundle-full.json").startsWith("ERR stale-sequence"));
    }

    @Test public void interruptedFirstApply() throws Exception {
        trust();
        FakeDevice.failOn = "addNetwork";
        assertNull(apply("bundle-full.json"));
        FakeDevice.failOn = null;
        restart();
        assertEquals("OK - interrupted " + Fixtures.sha256(Fixtures.bytes("bundle-full.json")), client.request("STATUS"));
        assertTrue(apply("bundle-full.json").startsWith("OK "));
    }
}
