package android.app.admin;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/** Test fake. */
public class DeviceAdminReceiver extends BroadcastReceiver {
    public DeviceAdminReceiver() {}
    public void onEnabled(Context context, Intent intent) {}
    @Override public void onReceive(Context context, Intent intent) { onEnabled(context, intent); }
}
