package android.content;

/** Test fake. */
public class ContextWrapper extends Context {
}
