package cn.safetygrading.dashboard.persistence;

import cn.safetygrading.dashboard.domain.DepartmentStatistics;
import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.ledger.domain.Scope;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The dashboard's breakdowns by department and by industry (seed 000: 分行业、分领域、分区域), cut to the
 * viewer's ledger scope with the ledger's own scope clause (EnterpriseMapper.scope).
 */
@Mapper
public interface BreakdownMapper {

    List<DepartmentStatistics> byDepartment(@Param("scope") Scope scope);

    /** A campaign's cases per 直接监管责任部门; the department's name is in regionCode and regionName. */
    List<CampaignProgress> progressByDepartment(@Param("scope") Scope scope, @Param("campaignId") String campaignId);

    /** A campaign's cases per industry section (门类); code in regionCode, "C 制造业" in regionName. */
    List<CampaignProgress> progressByIndustry(@Param("scope") Scope scope, @Param("campaignId") String campaignId);
}
