package cn.safetygrading.notification.persistence;

import cn.safetygrading.notification.domain.Delivery;
import cn.safetygrading.notification.domain.Notification;
import cn.safetygrading.notification.domain.Preference;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The outbox: {@code notification}, {@code notification_delivery}, {@code notification_preference}. */
@Mapper
public interface NotificationMapper {

    /** One statement for all recipients. @return how many were written (a recipient already told about this source: 0) */
    @Insert("insert into notification (recipient, kind, title, body, link, source_ref, created_at)"
            + " select r, #{kind}, #{title}, #{body}, #{link}, #{sourceRef}, #{createdAt}"
            + " from unnest(cast(#{recipients, typeHandler=org.apache.ibatis.type.ArrayTypeHandler} as varchar[])) r"
            + " on conflict on constraint notification_once do nothing")
    int insert(
            @Param("recipients") String[] recipients,
            @Param("kind") String kind,
            @Param("title") String title,
            @Param("body") String body,
            @Param("link") String link,
            @Param("sourceRef") String sourceRef,
            @Param("createdAt") OffsetDateTime createdAt);

    /**
     * The self-assessment reminder of a campaign, one statement: every account of every enterprise whose case in
     * the campaign runs without a submitted self-assessment. {@code sourceRef} names the reminder, so a repeat
     * tells nobody twice; the deliveries come with the rows (V37's trigger).
     */
    @Insert("insert into notification (recipient, kind, title, body, link, source_ref, created_at)"
            + " select a.user_id, 'SELF_ASSESSMENT_REMINDER', #{title}, #{body}, '/enterprise', #{sourceRef}, #{now}"
            + " from grading_case c join account a on a.uscc = c.uscc"
            + " where c.campaign_id = #{campaignId} and c.finished_at is null and not exists"
            + " (select 1 from grading_round r where r.case_id = c.id and r.kind = 'SELF_ASSESSMENT')"
            + " on conflict on constraint notification_once do nothing")
    int remindSelfAssessment(
            @Param("campaignId") String campaignId,
            @Param("title") String title,
            @Param("body") String body,
            @Param("sourceRef") String sourceRef,
            @Param("now") OffsetDateTime now);

    @Select("select * from notification where recipient = #{recipient}"
            + " order by created_at desc, id desc offset #{offset} limit #{limit}")
    List<Notification> page(
            @Param("recipient") String recipient, @Param("offset") long offset, @Param("limit") int limit);

    @Select("select count(*) from notification where recipient = #{recipient}")
    long count(String recipient);

    @Select("select count(*) from notification where recipient = #{recipient} and read_at is null")
    long unread(String recipient);

    @Update(
            "update notification set read_at = #{now} where id = #{id} and recipient = #{recipient} and read_at is null")
    int markRead(@Param("recipient") String recipient, @Param("id") long id, @Param("now") OffsetDateTime now);

    @Update("update notification set read_at = #{now} where recipient = #{recipient} and read_at is null")
    int markAllRead(@Param("recipient") String recipient, @Param("now") OffsetDateTime now);

    @Select(
            "select * from notification where recipient = #{recipient} and kind = #{kind} and source_ref = #{sourceRef}")
    Optional<Notification> find(
            @Param("recipient") String recipient, @Param("kind") String kind, @Param("sourceRef") String sourceRef);

    // --- deliveries

    String DELIVERY = "select d.id, d.notification_id, d.channel, d.address, d.status, d.attempts, d.next_attempt_at,"
            + " d.last_error, d.sent_at, n.recipient, n.kind, n.title, n.body, n.link"
            + " from notification_delivery d join notification n on n.id = d.notification_id ";

    /**
     * Claims due deliveries for this node for {@code leaseSeconds}: those pending, due by the application's
     * clock, and not claimed by a node whose lease still runs. The lease is counted in the database's time, the
     * one clock all nodes share. Rows another transaction is claiming are skipped (cluster-safe).
     */
    // the due rows are picked once, in a CTE of their own: as "id in (subquery)" the planner could run the
    // locking subquery again for every row of the table (seen at 50,000 pending deliveries: 60 s and cancelled)
    @Select("with due as (select id from notification_delivery where status = 'PENDING'"
            + " and next_attempt_at <= #{now} and (locked_until is null or locked_until <= clock_timestamp())"
            + " order by next_attempt_at, id limit #{limit} for update skip locked),"
            + " claimed as (update notification_delivery c set locked_by = #{owner},"
            + " locked_until = clock_timestamp() + make_interval(secs => #{leaseSeconds})"
            + " from due where c.id = due.id returning c.*)"
            + " select d.id, d.notification_id, d.channel, d.address, d.status, d.attempts, d.next_attempt_at,"
            + " d.last_error, d.sent_at, n.recipient, n.kind, n.title, n.body, n.link"
            + " from claimed d join notification n on n.id = d.notification_id order by d.next_attempt_at, d.id")
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    List<Delivery> claimDue(
            @Param("owner") String owner,
            @Param("now") OffsetDateTime now,
            @Param("leaseSeconds") double leaseSeconds,
            @Param("limit") int limit);

    /** @return 0 if this node's lease was lost meanwhile (another node has taken the delivery) */
    @Update("update notification_delivery set status = 'SENT', attempts = attempts + 1, sent_at = #{now},"
            + " last_error = null, locked_by = null, locked_until = null where id = #{id} and locked_by = #{owner}")
    int sent(@Param("id") long id, @Param("owner") String owner, @Param("now") OffsetDateTime now);

    @Update("update notification_delivery set status = #{status}, attempts = attempts + 1,"
            + " next_attempt_at = #{next}, last_error = #{error}, locked_by = null, locked_until = null"
            + " where id = #{id} and locked_by = #{owner}")
    int failed(
            @Param("id") long id,
            @Param("owner") String owner,
            @Param("status") String status,
            @Param("next") OffsetDateTime next,
            @Param("error") String error);

    /** Gives claimed deliveries back at once (this node will not send them in time). */
    @Update("update notification_delivery set locked_by = null, locked_until = null"
            + " where id = #{id} and locked_by = #{owner}")
    int release(@Param("id") long id, @Param("owner") String owner);

    @Select("<script>" + DELIVERY + "<where><if test='status != null'>d.status = #{status}</if></where>"
            + " order by d.next_attempt_at desc, d.id desc offset #{offset} limit #{limit}</script>")
    List<Delivery> deliveries(@Param("status") String status, @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>select count(*) from notification_delivery d"
            + "<where><if test='status != null'>d.status = #{status}</if></where></script>")
    long countDeliveries(@Param("status") String status);

    @Select(DELIVERY + "where d.notification_id = #{notificationId} order by d.id")
    List<Delivery> deliveriesOf(long notificationId);

    /** An administrator sends a given-up delivery again. */
    @Update(
            "update notification_delivery set status = 'PENDING', next_attempt_at = #{now} where id = #{id} and status = 'FAILED'")
    int retry(@Param("id") long id, @Param("now") OffsetDateTime now);

    // --- preferences

    @Select("select * from notification_preference where user_id = #{userId}")
    Optional<Preference> preference(String userId);

    @Insert("insert into notification_preference (user_id, email, phone, by_email, by_sms)"
            + " values (#{userId}, #{email}, #{phone}, #{byEmail}, #{bySms})"
            + " on conflict (user_id) do update set email = excluded.email, phone = excluded.phone,"
            + " by_email = excluded.by_email, by_sms = excluded.by_sms")
    void savePreference(Preference preference);

    // --- recipients

    /** Active accounts of an enterprise. */
    @Select("select user_id from account where uscc = #{uscc} order by user_id")
    List<String> enterpriseAccounts(String uscc);
}
