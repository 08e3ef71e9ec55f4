package cn.safetygrading.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for attack tests: its own cookie jar (one "browser" per instance), no
 * redirects followed, any header settable; plus a raw socket for requests an ordinary client refuses
 * to send (a forged Host, a huge declared body).
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER_META =
            Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String base;
    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebClient(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody(), headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send("POST", path, contentType, HttpRequest.BodyPublishers.ofString(body), headers);
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
        return send("POST", path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    public HttpResponse<String> send(
            String method, String path, String contentType, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * Signs in through the Vaadin login page as a browser does: the page's CSRF token (meta tags the
     * login form copies into its POST) with the credentials. Returns the POST's response.
     */
    public HttpResponse<String> vaadinLogin(String user, String password) {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF_META.matcher(page.body());
        Matcher parameter = CSRF_PARAMETER_META.matcher(page.body());
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("username", user);
        fields.put("password", password);
        if (token.find()) {
            fields.put(parameter.find() ? parameter.group(1) : "_csrf", token.group(1));
        }
        return post("/login", "application/x-www-form-urlencoded", form(fields));
    }

    /** Sends bytes exactly as given over a new connection and returns the whole response (headers and body). */
    public String raw(String request, byte[] body, int repeatBody) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int i = 0; i < repeatBody; i++) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed before the whole body was sent: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    response.write(buffer, 0, n);
                    // the server may keep the connection open to swallow an unread body: the answer is there
                    socket.setSoTimeout(2_000);
                    if (response.size() > 1_000_000) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // connection reset after the response: keep what arrived
            }
            return response.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
