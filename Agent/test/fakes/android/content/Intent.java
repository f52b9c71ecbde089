package android.content;

/** Test fake. */
public class Intent {
    public final String component;
    public Intent(Context context, Class<?> cls) { component = cls.getName(); }
}
