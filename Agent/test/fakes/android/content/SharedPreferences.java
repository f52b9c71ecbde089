package android.content;

import java.util.Set;

/** Test fake: the part of the interface the agent uses. */
public interface SharedPreferences {
    String getString(String key, String defValue);
    long getLong(String key, long defValue);
    Set<String> getStringSet(String key, Set<String> defValues);
    boolean contains(String key);
    Editor edit();

    interface Editor {
        Editor putString(String key, String value);
        Editor putLong(String key, long value);
        Editor putStringSet(String key, Set<String> values);
        Editor remove(String key);
        boolean commit();
        void apply();
    }
}
