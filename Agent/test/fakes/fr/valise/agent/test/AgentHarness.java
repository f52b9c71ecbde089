package fr.valise.agent.test;

import java.io.File;

/**
 * Runs one agent (the enjarified classes of the shipped dex) on the JVM, for host-side tests:
 *   java -cp CLASSPATH fr.valise.agent.test.AgentHarness --port P --state DIR --calls FILE [--owner yes|no]
 * The agent's LocalServerSocket("valise-agent") listens on 127.0.0.1:P (0: any free port), its SharedPreferences
 * live under DIR, every DevicePolicyManager/WifiManager call is appended to FILE as one JSON object per line
 * ({"call":"setTimeZone","class":"DevicePolicyManager","args":[...]}). Prints "listening on 127.0.0.1:P" once ready;
 * runs until killed.
 */
public final class AgentHarness {
    public static void main(String[] args) throws Exception {
        int port = -1;
        File state = null, calls = null;
        boolean owner = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (v == null) usage("missing value after " + a);
            switch (a) {
                case "--port": port = Integer.parseInt(v); break;
                case "--state": state = new File(v); break;
                case "--calls": calls = new File(v); break;
                case "--owner":
                    if (!v.equals("yes") && !v.equals("no")) usage("--owner takes yes or no");
                    owner = v.equals("yes");
                    break;
                default: usage("unknown option " + a);
            }
            i++;
        }
        if (port < 0 || state == null || calls == null) usage("--port, --state and --calls are required");
        state.mkdirs();
        FakeDevice.reset(state, owner, calls, port);
        FakeDevice.start();
        System.out.println("listening on 127.0.0.1:" + FakeDevice.boundPort);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void usage(String why) {
        System.err.println("AgentHarness: " + why);
        System.err.println("usage: AgentHarness --port P --state DIR --calls FILE [--owner yes|no]");
        System.exit(2);
    }
}
