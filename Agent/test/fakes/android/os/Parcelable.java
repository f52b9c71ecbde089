package android.os;

/** Test fake. */
public interface Parcelable {
}
