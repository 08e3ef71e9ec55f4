package cn.safetygrading.forms.model;

import java.util.Arrays;
import java.util.Optional;

/** The form-js component types this renderer supports; any other type fails at parse time. */
public enum ComponentType {
    TEXTFIELD("textfield", Kind.INPUT),
    TEXTAREA("textarea", Kind.INPUT),
    NUMBER("number", Kind.INPUT),
    SELECT("select", Kind.INPUT),
    RADIO("radio", Kind.INPUT),
    CHECKBOX("checkbox", Kind.INPUT),
    CHECKLIST("checklist", Kind.INPUT),
    DATETIME("datetime", Kind.INPUT),
    FILEPICKER("filepicker", Kind.INPUT),
    TEXT("text", Kind.DISPLAY),
    GROUP("group", Kind.GROUP),
    DYNAMICLIST("dynamiclist", Kind.LIST);

    /** What a component is for. */
    public enum Kind {
        /** Holds a value under its {@code key}. */
        INPUT,
        /** Shows text only. */
        DISPLAY,
        /** Nests components, optionally under an object {@code path}. */
        GROUP,
        /** Repeats its components for every item of the list at {@code path}. */
        LIST
    }

    private final String json;
    private final Kind kind;

    ComponentType(String json, Kind kind) {
        this.json = json;
        this.kind = kind;
    }

    /** The name in the form JSON, e.g. {@code textfield}. */
    public String json() {
        return json;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isInput() {
        return kind == Kind.INPUT;
    }

    /** select, radio and checklist: the value is one (or, for checklist, several) of {@code values}. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    public static Optional<ComponentType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.json.equals(name)).findFirst();
    }
}
