package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.ImportRecord;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The record of each import. */
@Mapper
public interface ImportRecordMapper {

    @Insert(
            "insert into ledger_import (id, file_name, format, region_code, imported_by, started_at, status)"
                    + " values (cast(#{id} as uuid), #{fileName}, #{format}, #{regionCode}, #{importedBy}, #{startedAt}, #{status})")
    int insert(ImportRecord record);

    @Update("update ledger_import set finished_at = #{finishedAt}, status = #{status}, rows_read = #{rowsRead},"
            + " imported = #{imported}, updated = #{updated}, unchanged = #{unchanged}, rejected = #{rejected},"
            + " message = case when status = 'FAILED' and #{status} = 'FAILED' then message else #{message} end"
            + " where id = cast(#{id} as uuid)")
    int finish(ImportRecord record);

    /**
     * A batch's counts, in the batch's own transaction: an import cut off by a stop or a crash leaves a
     * record that says how many rows went in.
     */
    @Update("update ledger_import set imported = imported + #{imported}, updated = updated + #{updated},"
            + " unchanged = unchanged + #{unchanged}, rows_read = greatest(rows_read, #{rowsRead})"
            + " where id = cast(#{id} as uuid)")
    int batchWritten(
            @Param("id") String id,
            @Param("imported") int imported,
            @Param("updated") int updated,
            @Param("unchanged") int unchanged,
            @Param("rowsRead") int rowsRead);

    @Select(
            "select id::text as id, file_name, format, region_code, imported_by, started_at, finished_at, status, rows_read,"
                    + " imported, updated, unchanged, rejected, message from ledger_import"
                    + " where region_code in (select code from region where path = #{path} or path like #{path} || '/%')"
                    + " order by started_at desc limit #{limit}")
    List<ImportRecord> recent(@Param("path") String regionPath, @Param("limit") int limit);
}
