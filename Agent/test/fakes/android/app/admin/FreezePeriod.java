package android.app.admin;

import java.time.MonthDay;

/** Test fake. */
public class FreezePeriod {
    private final MonthDay start, end;
    public FreezePeriod(MonthDay start, MonthDay end) { this.start = start; this.end = end; }
    public MonthDay getStart() { return start; }
    public MonthDay getEnd() { return end; }
}
