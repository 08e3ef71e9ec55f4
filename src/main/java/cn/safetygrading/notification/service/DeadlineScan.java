package cn.safetygrading.notification.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (Beijing time), on every node that delivers: tasks due within three days and
 * overdue tasks. Running it twice or on two nodes tells nobody twice (unique source reference).
 */
@Component
class DeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

    private final TaskNotifier notifier;
    private final NotificationSettings settings;

    DeadlineScan(TaskNotifier notifier, NotificationSettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    @Scheduled(cron = "${app.notifications.deadline-scan-cron:0 0 8 * * *}", zone = "${app.zone:Asia/Shanghai}")
    void scan() {
        if (!settings.dispatch().enabled()) {
            return;
        }
        try {
            int written = notifier.scanDeadlines();
            log.info("deadline scan: {} notifications", written);
        } catch (RuntimeException e) {
            log.warn("deadline scan failed", e);
        }
    }
}
