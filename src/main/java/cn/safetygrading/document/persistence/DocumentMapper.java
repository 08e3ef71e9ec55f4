package cn.safetygrading.document.persistence;

import cn.safetygrading.document.domain.CaseFacts;
import cn.safetygrading.document.domain.DocumentKind;
import cn.safetygrading.document.domain.InspectionFacts;
import cn.safetygrading.document.domain.ListedNotice;
import cn.safetygrading.document.domain.MeasureFacts;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.domain.RegionNames;
import cn.safetygrading.document.domain.RoundLine;
import cn.safetygrading.document.domain.StoredBytes;
import cn.safetygrading.ledger.domain.LedgerLine;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentMapper {

    /** Serialises the issue of one document (kind and subject) until the transaction ends. */
    void lockSubject(String key);

    /** The next serial of the issuer's year, taken in the caller's transaction (gap-free: a rollback returns it). */
    int nextSerial(@Param("issuer") String issuerCode, @Param("year") int year);

    int insert(
            @Param("d") OfficialDocument document,
            @Param("inputs") String inputsJson,
            @Param("content") byte[] content);

    Optional<OfficialDocument> find(String id);

    Optional<OfficialDocument> bySubject(@Param("kind") DocumentKind kind, @Param("subject") String subjectKey);

    Optional<StoredBytes> content(String id);

    String inputs(String id);

    Optional<RegionNames> region(String code);

    Optional<CaseFacts> caseFacts(String caseId);

    List<CaseFacts> finishedCases(String uscc);

    List<RoundLine> rounds(String caseId);

    /** The campaign's enterprises on the public list now (open notices whose period has not ended). */
    List<ListedNotice> campaignNotices(@Param("campaignId") String campaignId, @Param("now") OffsetDateTime now);

    Optional<String> campaignName(String campaignId);

    Optional<String> campaignRegion(String campaignId);

    /** An inspection with its record and the inspectors' display names. */
    Optional<InspectionFacts> inspection(String id);

    /** The enterprise's recorded inspections, newest first (without the inspectors' names). */
    List<InspectionFacts> inspections(String uscc);

    Optional<MeasureFacts> measure(long id);

    /** The enterprise's 通报 measures, newest first. */
    List<MeasureFacts> circulars(String uscc);

    /** The name of the city at the root of the region's path (威海市). */
    Optional<String> cityName(String regionCode);

    /** The frozen lines of a sign-off, in their order. */
    List<LedgerLine> signOffLines(long signOffId);
}
