package cn.safetygrading.facts.persistence;

import cn.safetygrading.facts.domain.FactAttachment;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The files of the fact registers (V39 fact_attachment): kept with their bytes, never deleted. */
@Mapper
public interface FactAttachmentMapper {

    String COLUMNS = "f.id, f.register, f.fact_id, f.uscc, f.file_name, f.content_type, f.size_bytes, f.uploaded_by,"
            + " coalesce(a.display_name, f.uploaded_by) as uploaded_by_name, f.uploaded_at, f.superseded_by"
            + " from fact_attachment f left join account a on a.user_id = f.uploaded_by";

    /** The bytes of a file (a record: MyBatis would read a bare {@code byte[]} as rows). */
    record Content(byte[] content) {}

    @Insert("insert into fact_attachment (id, register, fact_id, uscc, file_name, content_type, size_bytes, content,"
            + " sha256, uploaded_by, uploaded_at) values (#{id}, #{register}, #{factId}, #{uscc}, #{fileName},"
            + " #{contentType}, #{size}, #{content}, #{sha256}, #{uploadedBy}, #{uploadedAt})")
    int insert(
            @Param("id") String id,
            @Param("register") String register,
            @Param("factId") String factId,
            @Param("uscc") String uscc,
            @Param("fileName") String fileName,
            @Param("contentType") String contentType,
            @Param("size") long size,
            @Param("content") byte[] content,
            @Param("sha256") String sha256,
            @Param("uploadedBy") String uploadedBy,
            @Param("uploadedAt") OffsetDateTime uploadedAt);

    /** The files of an enterprise's entries of one register, oldest first. */
    @Select("select " + COLUMNS + " where f.uscc = #{uscc} and f.register = #{register} order by f.uploaded_at, f.id")
    List<FactAttachment> ofRegister(@Param("uscc") String uscc, @Param("register") String register);

    @Select("select " + COLUMNS + " where f.id = #{id}")
    Optional<FactAttachment> find(@Param("id") String id);

    @Select("select content from fact_attachment where id = #{id}")
    Optional<Content> content(@Param("id") String id);

    /** Points a file of the same entry, not yet superseded, at its replacement; 0 when there is none. */
    @Update("update fact_attachment set superseded_by = #{by} where id = #{id} and register = #{register}"
            + " and fact_id = #{factId} and superseded_by is null and id <> #{by}")
    int supersede(
            @Param("id") String id,
            @Param("register") String register,
            @Param("factId") String factId,
            @Param("by") String by);
}
