package cn.safetygrading.security.web;

import cn.safetygrading.base.web.JsonErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 of the REST doors as a JSON sentence. */
public class RestAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, JsonErrors.message("security.forbidden"));
    }
}
