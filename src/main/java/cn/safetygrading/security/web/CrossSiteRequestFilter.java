package cn.safetygrading.security.web;

import cn.safetygrading.base.web.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests a browser sends on behalf of another site: {@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}, or an {@code Origin}/{@code Referer} whose origin is not the request's own
 * (scheme, host and port as the request arrived, forwarded headers of a trusted proxy applied).
 * Scripts send none of these headers and pass.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (foreign(request)) {
            JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, JsonErrors.message("security.crossSite"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean foreign(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String s = site.trim().toLowerCase(Locale.ROOT);
            if (s.equals("cross-site") || s.equals("same-site")) {
                return true;
            }
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !sameOrigin(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && !sameOrigin(referer, request);
    }

    private static boolean sameOrigin(String url, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null" (sandboxed or privacy-sensitive contexts), relative or garbled
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(scheme);
        return scheme.equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }
}
