package android.os;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Test fake: a sorted map, so that recorded calls read the same every run. */
public class BaseBundle {
    public final Map<String, Object> map = new TreeMap<>();
    BaseBundle() {}
    public void putString(String key, String value) { map.put(key, value); }
    public void putBoolean(String key, boolean value) { map.put(key, value); }
    public void putInt(String key, int value) { map.put(key, value); }
    public void putLong(String key, long value) { map.put(key, value); }
    public void putStringArray(String key, String[] value) { map.put(key, value); }
    public String getString(String key) { Object v = map.get(key); return v instanceof String ? (String) v : null; }
    public boolean getBoolean(String key) { Object v = map.get(key); return v instanceof Boolean && (Boolean) v; }
    public Object get(String key) { return map.get(key); }
    public Set<String> keySet() { return map.keySet(); }
    public boolean isEmpty() { return map.isEmpty(); }
    public int size() { return map.size(); }
}
