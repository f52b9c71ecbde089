package android.content;

import fr.valise.agent.test.FakeDevice;

/** Test fake: every Context answers from the one fake tablet, {@link FakeDevice}. */
public abstract class Context {
    public SharedPreferences getSharedPreferences(String name, int mode) { return FakeDevice.preferences(name); }
    public Object getSystemService(String name) { return FakeDevice.systemService(name); }
    public ComponentName startForegroundService(Intent intent) {
        FakeDevice.record("Context", "startForegroundService", intent.component);
        return null;
    }
}
