package android.app;

import android.content.Context;

/** Test fake. */
public class Notification {
    public String channel, title, text;
    public int icon;
    public boolean ongoing;

    public static class Builder {
        private final Notification n = new Notification();
        public Builder(Context context, String channelId) { n.channel = channelId; }
        public Builder setSmallIcon(int icon) { n.icon = icon; return this; }
        public Builder setContentTitle(CharSequence title) { n.title = String.valueOf(title); return this; }
        public Builder setContentText(CharSequence text) { n.text = String.valueOf(text); return this; }
        public Builder setOngoing(boolean ongoing) { n.ongoing = ongoing; return this; }
        public Notification build() { return n; }
    }
}
