package android.app.admin;

import java.util.ArrayList;
import java.util.List;

/** Test fake (with Android's checks on the window). */
public final class SystemUpdatePolicy {
    public static final int TYPE_INSTALL_AUTOMATIC = 1, TYPE_INSTALL_WINDOWED = 2, TYPE_POSTPONE = 3;
    private final int type, start, end;
    private List<FreezePeriod> freezes = new ArrayList<>();
    private SystemUpdatePolicy(int type, int start, int end) { this.type = type; this.start = start; this.end = end; }
    public static SystemUpdatePolicy createAutomaticInstallPolicy() { return new SystemUpdatePolicy(1, -1, -1); }
    public static SystemUpdatePolicy createPostponeInstallPolicy() { return new SystemUpdatePolicy(3, -1, -1); }
    public static SystemUpdatePolicy createWindowedInstallPolicy(int startTime, int endTime) {
        if (startTime < 0 || startTime >= 1440 || endTime < 0 || endTime >= 1440) throw new IllegalArgumentException("startTime and endTime must be inside [0, 1440)");
        return new SystemUpdatePolicy(2, startTime, endTime);
    }
    public int getPolicyType() { return type; }
    public int getInstallWindowStart() { return type == 2 ? start : -1; }
    public int getInstallWindowEnd() { return type == 2 ? end : -1; }
    public SystemUpdatePolicy setFreezePeriods(List<FreezePeriod> periods) { freezes = new ArrayList<>(periods); return this; }
    public List<FreezePeriod> getFreezePeriods() { return new ArrayList<>(freezes); }
}
