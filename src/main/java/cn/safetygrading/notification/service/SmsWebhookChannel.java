package cn.safetygrading.notification.service;

import cn.safetygrading.notification.domain.Delivery;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The SMS/政务 messaging gateway: one JSON POST per message to {@code app.notifications.sms.url}
 * ({@code {"id", "to", "subject", "text", "link"}}, header {@code Idempotency-Key}); any answer but 2xx
 * is a failure and the delivery is retried.
 */
@Component
class SmsWebhookChannel implements NotificationChannel {

    static final String NAME = "SMS";

    private final NotificationSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;

    SmsWebhookChannel(NotificationSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.sms().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return !settings.sms().url().isBlank();
    }

    @Override
    public void send(Delivery delivery, OutgoingMessage message) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "notification-delivery-" + delivery.id());
        body.put("to", delivery.address());
        body.put("subject", message.subject());
        body.put("text", message.text());
        body.put("link", message.link());
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(settings.sms().url()))
                .timeout(settings.sms().timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", "notification-delivery-" + delivery.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (!settings.sms().token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.sms().token());
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("gateway answered HTTP " + response.statusCode());
        }
    }
}
