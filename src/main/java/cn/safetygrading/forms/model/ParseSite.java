package cn.safetygrading.forms.model;

/** The component being parsed, for messages that name the form and the component. */
record ParseSite(String formId, String id, String type) {

    static String where(String formId) {
        return "form '" + formId + "': ";
    }

    FormParseException fail(String problem) {
        return new FormParseException(where(formId) + "component '" + (id == null ? "(no id)" : id) + "'"
                + (type == null ? "" : " (" + type + ")") + ": " + problem);
    }
}
