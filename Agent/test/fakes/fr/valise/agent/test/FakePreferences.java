package fr.valise.agent.test;

import android.content.SharedPreferences;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/** File-backed SharedPreferences: a JSON file rewritten (temporary file + rename) on every commit, like Android's XML. */
public final class FakePreferences implements SharedPreferences {
    private final File file;
    private final Map<String, Object> values = new HashMap<>();

    public FakePreferences(File file) {
        this.file = file;
        if (!file.exists()) return;
        try {
            JSONObject o = new JSONObject(new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8));
            for (Iterator<String> it = o.keys(); it.hasNext(); ) {
                String k = it.next();
                JSONObject v = o.getJSONObject(k);
                if (v.has("s")) values.put(k, v.getString("s"));
                else if (v.has("l")) values.put(k, v.getLong("l"));
                else {
                    Set<String> set = new HashSet<>();
                    JSONArray a = v.getJSONArray("set");
                    for (int i = 0; i < a.length(); i++) set.add(a.getString(i));
                    values.put(k, set);
                }
            }
        } catch (IOException | JSONException e) {
            throw new IllegalStateException("unreadable preferences " + file + ": " + e);
        }
    }

    @Override public synchronized String getString(String key, String def) { Object v = values.get(key); return v instanceof String ? (String) v : def; }
    @Override public synchronized long getLong(String key, long def) { Object v = values.get(key); return v instanceof Long ? (Long) v : def; }
    @SuppressWarnings("unchecked")
    @Override public synchronized Set<String> getStringSet(String key, Set<String> def) { Object v = values.get(key); return v instanceof Set ? (Set<String>) v : def; }
    @Override public synchronized boolean contains(String key) { return values.containsKey(key); }

    @Override public Editor edit() {
        return new Editor() {
            private final Map<String, Object> changes = new HashMap<>();
            public Editor putString(String k, String v) { changes.put(k, v); return this; }
            public Editor putLong(String k, long v) { changes.put(k, v); return this; }
            public Editor putStringSet(String k, Set<String> v) { changes.put(k, new HashSet<>(v)); return this; }
            public Editor remove(String k) { changes.put(k, this); return this; }
            public boolean commit() {
                synchronized (FakePreferences.this) {
                    for (Map.Entry<String, Object> e : changes.entrySet()) {
                        if (e.getValue() == this) values.remove(e.getKey()); else values.put(e.getKey(), e.getValue());
                    }
                    return write();
                }
            }
            public void apply() { commit(); }
        };
    }

    private boolean write() {
        try {
            JSONObject o = new JSONObject();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Object v = e.getValue();
                JSONObject w = new JSONObject();
                if (v instanceof String) w.put("s", v);
                else if (v instanceof Long) w.put("l", v);
                else w.put("set", new JSONArray((Set<?>) v));
                o.put(e.getKey(), w);
            }
            file.getParentFile().mkdirs();
            File tmp = new File(file.getPath() + ".tmp");
            Files.write(tmp.toPath(), o.toString(1).getBytes(StandardCharsets.UTF_8));
            Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | JSONException e) {
            return false;
        }
    }
}
