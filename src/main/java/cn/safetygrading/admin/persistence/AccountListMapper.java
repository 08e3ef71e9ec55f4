package cn.safetygrading.admin.persistence;

import cn.safetygrading.admin.domain.AccountRow;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The account rows for the administrators' list, filtered; the role filter comes as the user ids of its group. */
@Mapper
public interface AccountListMapper {

    String FILTER = "<where><if test='regionCode != null'>region_code = #{regionCode}</if>"
            + "<if test='department != null'> and department = #{department}</if>"
            + "<if test='name != null'> and (display_name like '%' || #{name} || '%' or user_id like '%' || #{name} || '%')</if>"
            + "<if test='userIds != null'> and user_id in <foreach item='u' collection='userIds' open='(' separator=',' close=')'>"
            + "#{u}</foreach></if></where>";

    @Select("<script>select user_id, display_name, region_code, department, uscc, disabled_at from account " + FILTER
            + " order by user_id offset #{offset} limit #{limit}</script>")
    List<AccountRow> page(
            @Param("regionCode") String regionCode,
            @Param("department") String department,
            @Param("name") String name,
            @Param("userIds") Collection<String> userIds,
            @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("<script>select count(*) from account " + FILTER + "</script>")
    long count(
            @Param("regionCode") String regionCode,
            @Param("department") String department,
            @Param("name") String name,
            @Param("userIds") Collection<String> userIds);

    @Select("select exists (select 1 from enterprise where uscc = #{uscc})")
    boolean enterpriseExists(String uscc);
}
