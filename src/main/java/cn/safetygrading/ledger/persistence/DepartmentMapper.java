package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.Department;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The departments, their aliases, and which department an enterprise names as 直接监管责任部门. */
@Mapper
public interface DepartmentMapper {

    @Select("select id, name, region_code, kind from department order by region_code, id")
    List<Department> all();

    @Select("select alias, department_id from department_alias")
    List<Map<String, Object>> aliases();

    /** supervising_department and management_level of one enterprise (no row when it is unknown). */
    @Select("select supervising_department, management_level from enterprise where uscc = #{uscc}")
    Map<String, Object> supervision(@Param("uscc") String uscc);
}
