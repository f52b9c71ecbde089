package android.net;

/** Test fake. */
public class Uri {
    public static final Uri EMPTY = new Uri("");
    private final String text;
    private Uri(String text) { this.text = text; }
    public static Uri parse(String text) { return new Uri(text); }
    @Override public String toString() { return text; }
}
