package android.content;

/** Test fake. */
public final class ComponentName {
    private final String pkg, cls;
    public ComponentName(String pkg, String cls) { this.pkg = pkg; this.cls = cls; }
    public String flattenToString() { return pkg + "/" + cls; }
    @Override public String toString() { return flattenToString(); }
}
