package cn.safetygrading.grading.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Which checklist item an evidence file was attached to (V36); a file without a row is the whole case's. */
@Mapper
public interface EvidenceItemMapper {

    record Link(String attachmentId, String itemId) {}

    @Insert(
            "insert into evidence_item (attachment_id, process_instance_id, item_id) values (#{attachmentId}, #{pid}, #{itemId})")
    int insert(
            @Param("attachmentId") String attachmentId,
            @Param("pid") String processInstanceId,
            @Param("itemId") String itemId);

    @Select("select attachment_id, item_id from evidence_item where process_instance_id = #{pid}")
    List<Link> of(@Param("pid") String processInstanceId);

    @Delete("delete from evidence_item where attachment_id = #{attachmentId}")
    int delete(@Param("attachmentId") String attachmentId);
}
