package cn.safetygrading.consequence.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.consequence.domain.CountyFigures;
import cn.safetygrading.consequence.domain.MeasureKind;
import cn.safetygrading.consequence.persistence.ConsequenceMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Falsification [002] beyond the campaign it was found in: the county's raised ratio for the next
 * campaign, the 通报 record, and the per-county figures (falsified, corrected by the expert, returned,
 * overdue) that feed the county's 年度目标考核.
 */
@Service
public class FalsificationFigures {

    private final ConsequenceMapper mapper;
    private final MeasureService measures;
    private final Clock clock;
    private final Translations texts;

    public FalsificationFigures(Translations texts, ConsequenceMapper mapper, MeasureService measures, Clock clock) {
        this.texts = texts;
        this.mapper = mapper;
        this.measures = measures;
        this.clock = clock;
    }

    /** The per-county figures of one campaign, by county code. */
    public List<CountyFigures> byCounty(String campaignId) {
        return campaignId == null ? List.of() : mapper.countyFigures(campaignId, OffsetDateTime.now(clock));
    }

    /** The ratio the previous campaign in that county raised by a falsification, if it raised one. */
    public Optional<BigDecimal> carriedRatio(String campaignId, String county) {
        return campaignId == null || county == null ? Optional.empty() : mapper.carriedRatio(campaignId, county);
    }

    /** The 通报 of a falsification found at a spot check, recorded once per finding. */
    public void circulate(String uscc, String caseId, String department, String summary, String findingKey) {
        measures.recordAutomatic(
                uscc,
                MeasureKind.CIRCULAR,
                texts.zh("consequence.text.falsificationDocumentNo", caseId),
                department == null ? texts.zh("consequence.text.falsificationIssuer") : department,
                summary,
                caseId,
                findingKey);
    }
}
