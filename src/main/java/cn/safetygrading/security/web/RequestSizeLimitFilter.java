package cn.safetygrading.security.web;

import cn.safetygrading.base.web.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies of the Camunda REST API (413): a declared {@code Content-Length} over the limit
 * is refused before anything is read; a body without a length (chunked) is read up to the limit and
 * refused as soon as it goes beyond, otherwise handed on from memory.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    public RequestSizeLimitFilter(DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response);
            return;
        }
        if (declared == -1 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = readAtMost(request.getInputStream(), limit + 1);
            if (body.length > limit) {
                tooLarge(response);
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        JsonErrors.write(
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                JsonErrors.message("security.tooLarge", limit / (1024 * 1024)));
    }

    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
