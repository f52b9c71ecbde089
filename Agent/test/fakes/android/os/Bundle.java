package android.os;

/** Test fake. */
public final class Bundle extends BaseBundle implements Parcelable {
    public Bundle() {}
    public void putBundle(String key, Bundle value) { map.put(key, value); }
    public void putParcelableArray(String key, Parcelable[] value) { map.put(key, value); }
    public Bundle getBundle(String key) { Object v = map.get(key); return v instanceof Bundle ? (Bundle) v : null; }
}
