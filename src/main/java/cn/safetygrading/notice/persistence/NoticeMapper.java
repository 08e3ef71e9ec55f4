package cn.safetygrading.notice.persistence;

import cn.safetygrading.notice.domain.EnterpriseObjection;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.domain.Objection;
import cn.safetygrading.notice.domain.PublicNotice;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NoticeMapper {

    int insert(Notice notice);

    Optional<Notice> find(String id);

    /** The grading-cycle instance of a notice's case: objections are correlated to it, never by a process variable. */
    Optional<String> caseProcessInstance(String caseId);

    Optional<Notice> openForCase(String caseId);

    int setStatus(@Param("id") String id, @Param("status") String status);

    List<PublicNotice> open(
            @Param("text") String text,
            @Param("now") OffsetDateTime now,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countOpen(@Param("text") String text, @Param("now") OffsetDateTime now);

    int insertObjection(Objection objection);

    Optional<Objection> objectionByReceipt(String receiptNo);

    Optional<Objection> objection(String id);

    int decideOpenObjections(
            @Param("noticeId") String noticeId,
            @Param("status") String status,
            @Param("by") String decidedBy,
            @Param("at") OffsetDateTime at,
            @Param("decision") String decision);

    int markAllInReview(String noticeId);

    List<EnterpriseObjection> objectionsForEnterprise(@Param("uscc") String uscc);

    int replyToObjection(
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("reply") String reply,
            @Param("by") String by,
            @Param("at") OffsetDateTime at);

    long countObjectionsSince(@Param("clientHash") String clientHash, @Param("since") OffsetDateTime since);
}
