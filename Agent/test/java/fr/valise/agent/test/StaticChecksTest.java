package fr.valise.agent.test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Checks on the built APK with the Android tools Debian ships: signature schemes, manifest, the dex, and that every
 * android.* class, method and field the dex references is public API of Android 11 (API 30), according to the
 * excerpt of AOSP's published signature file in Agent/test/api-30-excerpt.txt.
 */
public class StaticChecksTest {
    static final File APK = new File(System.getProperty("valise.apk", "Agent/build/valise-agent.apk"));
    static final File DEX = new File(System.getProperty("valise.dex", "Agent/build/classes.dex"));
    static final File API = new File(System.getProperty("valise.api", "Agent/test/api-30-excerpt.txt"));

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) { in.transferTo(out); }
        int status = p.waitFor();
        String text = out.toString("UTF-8");
        assertEquals(String.join(" ", command) + " failed:\n" + text, 0, status);
        return text;
    }

    @Test public void signedWithSchemesV2AndV3() throws Exception {
        String out = run("apksigner", "verify", "--min-sdk-version", "24", "-v", "--print-certs", APK.getPath());
        assertTrue(out, out.contains("Verified using v2 scheme (APK Signature Scheme v2): true"));
        assertTrue(out, out.contains("Verified using v3 scheme (APK Signature Scheme v3): true"));
        assertTrue(out, out.contains("Signer #1 certificate DN: "));
    }

    @Test public void badging() throws Exception {
        String out = run("aapt", "dump", "badging", APK.getPath());
        assertTrue(out, out.contains("package: name='fr.valise.agent'"));
        assertTrue(out, out.contains("sdkVersion:'30'"));
        assertTrue(out, out.contains("targetSdkVersion:'30'"));
        assertTrue(out, out.contains("uses-permission: name='android.permission.FOREGROUND_SERVICE'"));
        assertTrue(out, out.contains("uses-permission: name='android.permission.RECEIVE_BOOT_COMPLETED'"));
    }

    /** The manifest's elements as blocks of `aapt dump xmltree` lines, by element. */
    static List<String> elements(String xmltree, String name) {
        List<String> out = new ArrayList<>();
        String[] lines = xmltree.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.trim().startsWith("E: " + name + " ")) continue;
            int indent = l.indexOf("E:");
            StringBuilder b = new StringBuilder(l).append('\n');
            for (int j = i + 1; j < lines.length; j++) {
                int k = lines[j].indexOf(lines[j].trim());
                if (lines[j].trim().startsWith("E:") && k <= indent) break;
                b.append(lines[j]).append('\n');
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test public void manifest() throws Exception {
        String tree = run("aapt", "dump", "xmltree", APK.getPath(), "AndroidManifest.xml");
        boolean admin = false;
        for (String r : elements(tree, "receiver")) {
            if (!r.contains("\"fr.valise.agent.AdminReceiver\"") && !r.contains("\".AdminReceiver\"")) continue;
            admin = true;
            assertTrue(r, r.contains("android:permission(0x01010006)=\"android.permission.BIND_DEVICE_ADMIN\""));
            assertTrue(r, r.contains("E: meta-data"));
            assertTrue(r, r.contains("\"android.app.device_admin\""));
            assertTrue(r, r.contains("android:resource(0x01010025)=@0x"));
            assertTrue(r, r.contains("E: intent-filter"));
            assertTrue(r, r.contains("\"android.app.action.DEVICE_ADMIN_ENABLED\""));
        }
        assertTrue("no AdminReceiver in\n" + tree, admin);
        boolean boot = false;
        for (String r : elements(tree, "receiver")) boot |= r.contains("BootReceiver") && r.contains("\"android.intent.action.BOOT_COMPLETED\"");
        assertTrue("no BOOT_COMPLETED receiver in\n" + tree, boot);
        boolean service = false;
        for (String s : elements(tree, "service")) service |= s.contains("\"fr.valise.agent.AgentService\"") || s.contains("\".AgentService\"");
        assertTrue("no AgentService in\n" + tree, service);
        for (String permission : new String[] {"RECEIVE_BOOT_COMPLETED", "FOREGROUND_SERVICE"}) {
            assertTrue(permission, tree.contains("\"android.permission." + permission + "\""));
        }
        String policies = run("aapt", "dump", "xmltree", APK.getPath(), "res/xml/device_admin.xml");
        assertTrue(policies, policies.contains("E: uses-policies"));
    }

    @Test public void dexParsesAndHoldsTheAgent() throws Exception {
        String out = run("dexdump", "-d", DEX.getPath());
        for (String c : new String[] {"AdminReceiver", "BootReceiver", "AgentService", "Agent", "Applier", "Schema", "Server", "Connection"}) {
            assertTrue(c, out.contains("Class descriptor  : 'Lfr/valise/agent/" + c + ";'"));
        }
        // The APK carries the same dex.
        String list = run("unzip", "-l", APK.getPath());
        assertTrue(list, list.contains("classes.dex"));
    }

    // ---- the public API check ----------------------------------------------------------------------------------

    /** One class of the signature file: its superclass and its members ("name(type,type)" or field "name"). */
    static final class ApiClass {
        String superclass;
        final Set<String> members = new HashSet<>();
    }

    static String erase(String type) {
        String t = type.replaceAll("@[A-Za-z.]+(\\([^)]*\\))?\\s*", "").trim();
        while (t.contains("<")) t = t.replaceAll("<[^<>]*>", "");
        t = t.replace("...", "[]").trim();
        String dims = "";
        while (t.endsWith("[]")) { dims += "[]"; t = t.substring(0, t.length() - 2).trim(); }
        Set<String> primitive = new HashSet<>(Arrays.asList("int", "long", "boolean", "byte", "char", "short", "float", "double", "void"));
        if (!t.contains(".") && !primitive.contains(t)) t = "java.lang." + t;
        return t + dims;
    }

    static Map<String, ApiClass> parseApi(List<String> lines) {
        Map<String, ApiClass> api = new HashMap<>();
        String pkg = null;
        ApiClass current = null;
        Pattern cls = Pattern.compile("^\\s*(?:@\\S+\\s+)*(?:public |protected )?(?:static |final |abstract |sealed )*(?:class|interface|@interface|enum) ([\\w.]+)(?:<[^{]*?>)?(?: extends ([\\w.]+))?.*\\{\\s*$");
        Pattern member = Pattern.compile("^\\s*(ctor|method|field|enum_constant) (.*?);.*$");
        for (String line : lines) {
            if (line.startsWith("package ")) { pkg = line.substring(8, line.indexOf(" {")).trim(); continue; }
            Matcher c = cls.matcher(line);
            if (c.matches() && pkg != null) {
                current = api.computeIfAbsent(pkg + "." + c.group(1), k -> new ApiClass());
                if (c.group(2) != null) current.superclass = c.group(2);
                continue;
            }
            Matcher m = member.matcher(line);
            if (!m.matches() || current == null) continue;
            String decl = m.group(2).replaceAll("@[A-Za-z.]+(\\([^)]*\\))?\\s*", "")
                    .replaceAll("\\s+throws .*$", "").replaceAll(" = .*$", "");
            if (m.group(1).equals("field") || m.group(1).equals("enum_constant")) {
                String[] words = decl.split(" ");
                current.members.add(words[words.length - 1]);
                continue;
            }
            int open = decl.indexOf('('), close = decl.lastIndexOf(')');
            String head = decl.substring(0, open).trim();
            String name = m.group(1).equals("ctor") ? "<init>" : head.substring(head.lastIndexOf(' ') + 1);
            List<String> params = new ArrayList<>();
            String inside = decl.substring(open + 1, close);
            int depth = 0, start = 0;
            for (int i = 0; i <= inside.length(); i++) {
                char ch = i < inside.length() ? inside.charAt(i) : ',';
                if (ch == '<' || ch == '(') depth++;
                if (ch == '>' || ch == ')') depth--;
                if (ch == ',' && depth == 0) {
                    String p = inside.substring(start, i).trim();
                    if (!p.isEmpty()) params.add(erase(p));
                    start = i + 1;
                }
            }
            current.members.add(name + "(" + String.join(",", params) + ")");
        }
        return api;
    }

    /** A dex type descriptor as the signature file writes it (java.lang kept, nested classes with dots). */
    static String javaType(String d) {
        String dims = "";
        while (d.startsWith("[")) { dims += "[]"; d = d.substring(1); }
        String t;
        switch (d) {
            case "I": t = "int"; break; case "J": t = "long"; break; case "Z": t = "boolean"; break;
            case "B": t = "byte"; break; case "C": t = "char"; break; case "S": t = "short"; break;
            case "F": t = "float"; break; case "D": t = "double"; break; case "V": t = "void"; break;
            default: t = d.substring(1, d.length() - 1).replace('/', '.').replace('$', '.');
        }
        return t + dims;
    }

    static List<String> params(String signature) {
        List<String> out = new ArrayList<>();
        String s = signature.substring(1, signature.indexOf(')'));
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (s.charAt(j) == '[') j++;
            if (s.charAt(j) == 'L') j = s.indexOf(';', j);
            out.add(javaType(s.substring(i, j + 1)));
            i = j + 1;
        }
        return out;
    }

    static boolean has(Map<String, ApiClass> api, String cls, String member) {
        for (int depth = 0; cls != null && depth < 10; depth++) {
            ApiClass c = api.get(cls);
            if (c == null) return false;
            if (c.members.contains(member)) return true;
            cls = c.superclass;
        }
        return false;
    }

    @Test public void everyAndroidReferenceIsPublicApi30() throws Exception {
        Map<String, ApiClass> api = parseApi(Files.readAllLines(API.toPath(), StandardCharsets.UTF_8));
        String dump = run("dexdump", "-d", DEX.getPath());
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        Matcher ref = Pattern.compile("(L(android/[\\w/$]+);)(?:\\.([\\w<>$]+):(\\S+))?").matcher(dump);
        while (ref.find()) {
            String cls = javaType(ref.group(1));
            checked++;
            if (!api.containsKey(cls)) { missing.add("class " + cls); continue; }
            if (ref.group(3) == null) continue;
            String name = ref.group(3), sig = ref.group(4);
            String member = sig.startsWith("(") ? name + "(" + String.join(",", params(sig)) + ")" : name;
            if (!has(api, cls, member)) missing.add(cls + "." + member);
        }
        assertTrue("no android.* reference found in the dex", checked > 0);
        if (!missing.isEmpty()) fail("not in the public API 30 excerpt (" + API + "):\n  " + String.join("\n  ", missing));
    }
}
