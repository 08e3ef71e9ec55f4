package cn.safetygrading.admin.persistence;

import cn.safetygrading.admin.domain.Duty;
import cn.safetygrading.admin.domain.Unit;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Departments and their 任务分工 ({@code department}, {@code department_industry}) for administrators. */
@Mapper
public interface UnitMapper {

    String UNIT = "select d.id, d.name, d.region_code, d.kind,"
            + " (select count(*) from enterprise e where e.supervising_department = d.name"
            + "   or e.competent_department = d.name) as enterprises,"
            + " (select count(*) from account a where a.department = d.name) as accounts from department d ";
    String FILTER = "<where><if test='regionCode != null'>d.region_code = #{regionCode}</if>"
            + "<if test='text != null'> and d.name like '%' || #{text} || '%'</if></where>";

    @Select("<script>" + UNIT + FILTER + " order by d.region_code, d.id offset #{offset} limit #{limit}</script>")
    List<Unit> page(
            @Param("regionCode") String regionCode,
            @Param("text") String text,
            @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("<script>select count(*) from department d " + FILTER + "</script>")
    long count(@Param("regionCode") String regionCode, @Param("text") String text);

    @Select(UNIT + "where d.id = #{id}")
    Optional<Unit> find(String id);

    @Select(UNIT + "where d.name = #{name}")
    Optional<Unit> byName(String name);

    @Select(UNIT + "where d.region_code = #{regionCode} order by d.id")
    List<Unit> inRegion(String regionCode);

    @Insert("insert into department (id, name, region_code, kind) values (#{id}, #{name}, #{regionCode}, #{kind})")
    int insert(
            @Param("id") String id,
            @Param("name") String name,
            @Param("regionCode") String regionCode,
            @Param("kind") String kind);

    @Update("update department set name = #{name} where id = #{id}")
    int rename(@Param("id") String id, @Param("name") String name);

    /** The texts that name a department (design13: the name is the key) follow a rename. */
    @Update("update enterprise set supervising_department = case when supervising_department = #{from} then #{to}"
            + " else supervising_department end, competent_department = case when competent_department = #{from}"
            + " then #{to} else competent_department end"
            + " where supervising_department = #{from} or competent_department = #{from}")
    int renameInEnterprises(@Param("from") String from, @Param("to") String to);

    @Update("update account set department = #{to} where department = #{from}")
    int renameInAccounts(@Param("from") String from, @Param("to") String to);

    @Update("update grading_case set department = #{to} where department = #{from}")
    int renameInCases(@Param("from") String from, @Param("to") String to);

    @Delete("delete from department where id = #{id}")
    int delete(String id);

    @Select("select department_id, industry_code, role from department_industry where department_id = #{id}"
            + " order by role, industry_code")
    List<Duty> duties(String id);

    @Delete("delete from department_industry where department_id = #{id}")
    int deleteDuties(String id);

    @Delete("delete from department_industry where department_id in"
            + " (select id from department where region_code = #{regionCode})")
    int deleteDutiesOfRegion(String regionCode);

    @Insert("insert into department_industry (department_id, industry_code, role) values"
            + " (#{departmentId}, #{industryCode}, #{role}) on conflict do nothing")
    int insertDuty(Duty duty);
}
