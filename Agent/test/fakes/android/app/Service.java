package android.app;

import android.content.ContextWrapper;
import android.content.Intent;
import android.os.IBinder;
import fr.valise.agent.test.FakeDevice;

/** Test fake. */
public abstract class Service extends ContextWrapper {
    public Service() {}
    public void onCreate() {}
    public void onDestroy() {}
    public int onStartCommand(Intent intent, int flags, int startId) { return 1; }
    public abstract IBinder onBind(Intent intent);
    public final void startForeground(int id, Notification notification) {
        FakeDevice.record("Service", "startForeground", id, notification.channel + ":" + notification.title);
    }
}
