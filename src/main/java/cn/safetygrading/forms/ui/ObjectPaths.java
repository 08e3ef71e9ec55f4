package cn.safetygrading.forms.ui;

import cn.safetygrading.forms.model.FormValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Paths into the submitted variables: placing a value inside an object variable without losing its other members. */
final class ObjectPaths {

    private ObjectPaths() {}

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The map at {@code parent} inside {@code into}, created on the way from a copy of the original object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> objectAt(Map<String, Object> into, Map<String, ?> original, List<String> parent) {
        Map<String, Object> current = into;
        for (int i = 0; i < parent.size(); i++) {
            Object child = current.get(parent.get(i));
            if (!(child instanceof Map)) {
                Object seed = FormValues.get(original, parent.subList(0, i + 1));
                child = seed instanceof Map<?, ?> m
                        ? FormValues.copy((Map<String, ?>) m)
                        : new LinkedHashMap<String, Object>();
                current.put(parent.get(i), child);
            }
            current = (Map<String, Object>) child;
        }
        return current;
    }

    /** Puts (or, with null, removes) a value; top-level variables directly, object members via {@link #objectAt}. */
    static void place(
            Map<String, Object> into, Map<String, ?> original, List<String> path, Object value, boolean remove) {
        Map<String, Object> parent = objectAt(into, original, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (remove) {
            parent.remove(last);
        } else {
            parent.put(last, value);
        }
    }
}
