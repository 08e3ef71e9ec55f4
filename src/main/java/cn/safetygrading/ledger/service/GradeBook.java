package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.GradeWritten;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.persistence.GradeBookMapper;
import cn.safetygrading.ledger.persistence.RegionMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as the grading processes use it: who is to be graded, and where a grade is written.
 * A grade written here is also an event of the enterprise file, once per idempotency key.
 */
@Service
public class GradeBook {

    private final GradeBookMapper mapper;
    private final RegionMapper regions;
    private final EnterpriseFileService file;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public GradeBook(
            GradeBookMapper mapper,
            RegionMapper regions,
            EnterpriseFileService file,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.mapper = mapper;
        this.regions = regions;
        this.file = file;
        this.clock = clock;
    }

    public Optional<GradingSubject> subject(String uscc) {
        return mapper.subject(uscc);
    }

    public GradingSubject requireSubject(String uscc) {
        return subject(uscc)
                .orElseThrow(() -> new IllegalArgumentException("enterprise " + uscc + " is not in the ledger"));
    }

    /** Writes the grade and the supervision measures that follow from it; records the event once per key. */
    @Transactional
    public void writeGrade(
            String uscc,
            String grade,
            Integer inspectionIntervalMonths,
            String stationing,
            String eventType,
            String actor,
            String summary,
            String detailsJson,
            String idempotencyKey) {
        if (file.record(uscc, eventType, actor, summary, detailsJson, idempotencyKey)) {
            mapper.writeGrade(uscc, grade, inspectionIntervalMonths, stationing, OffsetDateTime.now(clock));
            events.publishEvent(new GradeWritten(uscc, grade, inspectionIntervalMonths, stationing));
        }
    }

    /** Active enterprises of the region and below, after {@code afterUscc} in USCC order. */
    public List<String> gradableAfter(String regionCode, String afterUscc, int limit) {
        return gradableAfter(regionCode, afterUscc, limit, 0, 1);
    }

    /**
     * The same, of one lane of {@code lanes}: the enterprises whose USCC hashes to {@code lane}, so
     * that lanes share the census without overlap and each reads it in USCC order.
     */
    public List<String> gradableAfter(String regionCode, String afterUscc, int limit, int lane, int lanes) {
        return mapper.activeAfter(path(regionCode), afterUscc, limit, lane, lanes);
    }

    public long countGradable(String regionCode) {
        return mapper.countActive(path(regionCode));
    }

    public Optional<Region> region(String code) {
        return regions.find(code);
    }

    private String path(String regionCode) {
        return regions.find(regionCode)
                .map(Region::path)
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + regionCode));
    }
}
