package cn.safetygrading.forms.model;

import java.util.ArrayList;
import java.util.List;

/** Keys are unique and never nest into each other, per binding scope (the form, or one list item). */
final class BindingCheck {

    private final String formId;

    BindingCheck(String formId) {
        this.formId = formId;
    }

    /** Fails on the first key or list path bound twice, or nested inside another, in the same scope. */
    void check(List<FormComponent> components) {
        checkPaths(components, List.of(), new ArrayList<>(), "the form");
    }

    private void checkPaths(List<FormComponent> components, List<String> prefix, List<Bound> seen, String scope) {
        for (FormComponent comp : components) {
            List<String> own = switch (comp.type().kind()) {
                case INPUT -> comp.keyPath();
                case LIST -> comp.pathSegments();
                default -> null;
            };
            if (own != null) {
                List<String> full = new ArrayList<>(prefix);
                full.addAll(own);
                for (Bound other : seen) {
                    if (startsWith(full, other.path) || startsWith(other.path, full)) {
                        throw new FormParseException(
                                ParseSite.where(formId) + "components '" + other.id + "' and '" + comp.id()
                                        + "' both bind '"
                                        + FormValues.keyString(full.size() < other.path.size() ? full : other.path)
                                        + "' in " + scope);
                    }
                }
                seen.add(new Bound(comp.id(), full));
            }
            if (comp.type() == ComponentType.GROUP) {
                List<String> inner = new ArrayList<>(prefix);
                inner.addAll(comp.pathSegments());
                checkPaths(comp.components(), inner, seen, scope);
            } else if (comp.type() == ComponentType.DYNAMICLIST) {
                checkPaths(comp.components(), List.of(), new ArrayList<>(), "an item of '" + comp.id() + "'");
            }
        }
    }

    private record Bound(String id, List<String> path) {}

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
