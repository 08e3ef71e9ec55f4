package cn.safetygrading.base.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.persistence.NoticeMapper;
import cn.safetygrading.notice.service.NoticeService;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A server whose JVM runs in UTC still shows, records and decides every date in the application's zone:
 * at 23:30 UTC it is already the next morning in Beijing.
 */
class ServerInUtcTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-12-04 23:30 UTC = 2026-12-05 07:30 in Beijing. */
    private static final Instant LATE_UTC = Instant.parse("2026-12-04T23:30:00Z");

    private TimeZone saved;

    @BeforeEach
    void jvmInUtc() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        AppZone.set(SHANGHAI);
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(saved);
    }

    @Test
    void theNoticeDeadlineIsTheBeijingDay() {
        NoticeMapper mapper = mock(NoticeMapper.class);
        when(mapper.openForCase(anyString())).thenReturn(Optional.empty());
        EnterpriseFileService file = mock(EnterpriseFileService.class);
        Clock clock = Clock.fixed(LATE_UTC, SHANGHAI);

        Notice notice = new NoticeService(new Translations(), mapper, file, clock)
                .publish("case-1", "91371000MA3C000001", "B", "P7D");

        ArgumentCaptor<String> summary = ArgumentCaptor.forClass(String.class);
        verify(file).record(eq("91371000MA3C000001"), eq("NOTICE"), eq("system"), summary.capture(), isNull(), any());
        assertThat(summary.getValue()).contains("至 2026-12-12");
        // what /notice shows once the end is read back from the database, which hands it over in UTC
        OffsetDateTime fromDatabase = notice.endsAt().withOffsetSameInstant(ZoneOffset.UTC);
        assertThat(Formats.date(fromDatabase)).isEqualTo("2026-12-12");
    }

    @Test
    void aTimelineTimeIsBeijingTime() {
        OffsetDateTime occurred = LATE_UTC.atOffset(ZoneOffset.UTC);
        assertThat(Formats.dateTime(occurred)).isEqualTo("2026-12-05 07:30");
        assertThat(Formats.date(occurred)).isEqualTo("2026-12-05");
        assertThat(Formats.dateTime(Date.from(LATE_UTC))).isEqualTo("2026-12-05 07:30");
    }
}
