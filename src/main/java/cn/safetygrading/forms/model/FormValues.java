package cn.safetygrading.forms.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain helpers over variable maps: nested paths, copies, overlays, loose equality. */
public final class FormValues {

    private FormValues() {}

    /** The value at a dotted path of nested maps, or null. */
    public static Object get(Map<String, ?> data, List<String> path) {
        Object current = data;
        for (String segment : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    /** Puts a value at a path, creating (or copying, never mutating foreign) nested maps on the way. */
    @SuppressWarnings("unchecked")
    public static void put(Map<String, Object> data, List<String> path, Object value) {
        Map<String, Object> current = data;
        for (int i = 0; i < path.size() - 1; i++) {
            Object child = current.get(path.get(i));
            Map<String, Object> next =
                    child instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            current.put(path.get(i), next);
            current = next;
        }
        current.put(path.get(path.size() - 1), value);
    }

    /** A deep copy of maps and lists; other values are shared. */
    public static Map<String, Object> copy(Map<String, ?> data) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (data != null) {
            data.forEach((k, v) -> copy.put(k, copyValue(v)));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return copy((Map<String, ?>) map);
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyValue(v)));
            return copy;
        }
        return value;
    }

    /** {@code base} with {@code top} laid over it; nested maps merge, everything else is replaced. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> overlay(Map<String, ?> base, Map<String, ?> top) {
        Map<String, Object> result = copy(base);
        if (top != null) {
            top.forEach((k, v) -> {
                Object under = result.get(k);
                if (under instanceof Map<?, ?> u && v instanceof Map<?, ?> o) {
                    result.put(k, overlay((Map<String, ?>) u, (Map<String, ?>) o));
                } else {
                    result.put(k, copyValue(v));
                }
            });
        }
        return result;
    }

    /** Equality as a user sees it: 1, 1L and 1.0 are the same; collections and maps element-wise. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            BigDecimal bx = toBigDecimal(x);
            BigDecimal by = toBigDecimal(y);
            return bx != null && by != null ? bx.compareTo(by) == 0 : x.equals(y);
        }
        if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            for (Object o : x) {
                if (!sameValue(o, i.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!sameValue(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** A number as BigDecimal; null for NaN and infinities. */
    static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(Double.toString(d));
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A JSON value in the Java types the form hands out: String, Boolean, Long/Double, List, Map, null. */
    static Object fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue();
            return isIntegral(d) && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) d.longValueExact()
                    : (Object) node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(fromJson(n)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), fromJson(e.getValue())));
        return map;
    }

    static boolean isIntegral(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    public static String keyString(List<String> path) {
        return String.join(".", path);
    }
}
