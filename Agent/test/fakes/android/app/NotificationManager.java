package android.app;

import fr.valise.agent.test.FakeDevice;

/** Test fake. */
public class NotificationManager {
    public void createNotificationChannel(NotificationChannel channel) {
        FakeDevice.record("NotificationManager", "createNotificationChannel", channel.id, String.valueOf(channel.name), channel.importance);
    }
}
