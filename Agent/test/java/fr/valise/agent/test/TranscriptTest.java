package fr.valise.agent.test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Runs every Agent/transcripts/*.transcript against the shipped agent (enjarified dex) on a fresh fake tablet. */
@RunWith(Parameterized.class)
public class TranscriptTest {
    static final File DIR = new File(System.getProperty("valise.transcripts", "Agent/transcripts"));

    @Parameters(name = "{0}")
    public static Collection<Object[]> transcripts() {
        File[] files = DIR.listFiles((d, n) -> n.endsWith(".transcript"));
        assertNotNull("no transcripts in " + DIR, files);
        Arrays.sort(files);
        List<Object[]> out = new ArrayList<>();
        for (File f : files) out.add(new Object[] {f.getName()});
        return out;
    }

    private final String name;
    private Client client;

    public TranscriptTest(String name) { this.name = name; }

    @After public void stop() throws Exception {
        if (client != null) client.close();
        FakeDevice.kill();
    }

    private static String substitute(String text, boolean digests) throws Exception {
        Matcher m = Pattern.compile("\\{(len|sha256):([^}]+)\\}").matcher(text);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            byte[] b = Fixtures.bytes(m.group(2));
            if (m.group(1).equals("sha256") && !digests) throw new IllegalArgumentException("{sha256:} only in expect lines");
            String v = m.group(1).equals("len") ? String.valueOf(b.length) : Fixtures.sha256(b);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test public void transcript() throws Exception {
        List<String> lines = Files.readAllLines(new File(DIR, name).toPath(), StandardCharsets.UTF_8);
        boolean owner = true;
        for (String l : lines) if (l.startsWith("owner ")) owner = l.equals("owner yes");
        File state = Files.createTempDirectory("valise-agent-transcript").toFile();
        FakeDevice.reset(state, owner, null, 0);
        FakeDevice.start();
        client = new Client();
        int n = 0;
        for (String l : lines) {
            n++;
            String where = name + ":" + n + ": ";
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("owner ")) continue;
            if (l.equals("send")) client.line("");
            else if (l.startsWith("send ")) client.line(substitute(l.substring(5), false));
            else if (l.startsWith("send-file ")) client.send(Fixtures.bytes(l.substring(10)));
            else if (l.startsWith("expect ")) assertEquals(where + l, substitute(l.substring(7), true), client.read());
            else if (l.startsWith("expect-prefix ")) {
                String want = substitute(l.substring(14), true);
                String got = client.read();
                assertTrue(where + "expected a line starting with <" + want + "> but got <" + got + ">", got != null && got.startsWith(want));
            } else if (l.equals("restart")) {
                client.close();
                FakeDevice.kill();
                FakeDevice.start();
                client = new Client();
            } else fail(where + "unknown directive: " + l);
        }
    }
}
