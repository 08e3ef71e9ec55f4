package cn.safetygrading.audit.domain;

import java.util.Locale;

/** The way a change came in: our pages, our REST API, Camunda's REST API, the Camunda webapps, or no request at all. */
public enum Door {
    UI,
    API,
    ENGINE_REST,
    CAMUNDA_WEBAPP,
    JOB;

    /** The door of a request path (without the context path). */
    public static Door ofPath(String path) {
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (p.startsWith("/api/") || p.equals("/api")) {
            return API;
        }
        if (p.startsWith("/engine-rest/") || p.equals("/engine-rest")) {
            return ENGINE_REST;
        }
        if (p.startsWith("/camunda/") || p.equals("/camunda")) {
            return CAMUNDA_WEBAPP;
        }
        return UI;
    }
}
