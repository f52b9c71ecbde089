package android.os;

/** Test fake. */
public interface IBinder {
}
