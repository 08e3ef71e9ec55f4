package cn.safetygrading.notification.service;

import cn.safetygrading.notification.domain.Delivery;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail through the SMTP server of {@code spring.mail.*} (on only when {@code spring.mail.host} is set). */
@Component
class EmailChannel implements NotificationChannel {

    static final String NAME = "EMAIL";

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;

    EmailChannel(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void send(Delivery delivery, OutgoingMessage message) throws Exception {
        JavaMailSender mail = sender.getObject();
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(settings.mail().from());
        helper.setTo(delivery.address());
        helper.setSubject(message.subject());
        helper.setText(message.link() == null ? message.text() : message.text() + "\n\n" + message.link());
        mime.saveChanges();
        // the same delivery always carries the same Message-ID: a repeat after a crash can be recognised
        mime.setHeader("Message-ID", "<notification-delivery-" + delivery.id() + "@safety-grading>");
        mail.send(mime);
    }
}
