package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.DepartmentDuty;
import cn.safetygrading.ledger.domain.Industry;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Reference data: GB/T 4754 industries and the departments with their industries. */
@Mapper
public interface ReferenceMapper {

    @Select("select code, name, level, section_code from industry order by level desc, code")
    List<Industry> industries();

    @Select("select id, name, region_code, kind from department order by region_code, id")
    List<Department> departments();

    @Select("select d.name as department_name, d.region_code, di.industry_code, di.role"
            + " from department_industry di join department d on d.id = di.department_id order by d.id")
    List<DepartmentDuty> duties();
}
