package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.Department;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The departments, their aliases, and which department an enterprise names as 直接监管责任部门. */
@Mapper
public interface DepartmentMapper {

    @Select("select id, name, region_code, kind from department order by region_code, id")
    List<Department> all();

    @Select("select alias, department_id from department_alias")
    List<Alias> aliases();

    /** supervising_department and management_level of one enterprise (null when it is unknown). */
    @Select("select supervising_department, management_level from enterprise where uscc = #{uscc}")
    Supervision supervision(@Param("uscc") String uscc);

    /** A short form people write for a department (市住建局). */
    record Alias(String alias, String departmentId) {}

    /** The 直接监管责任部门 an enterprise states, as written, and its management level (CITY, COUNTY, …). */
    record Supervision(String supervisingDepartment, String managementLevel) {}
}
