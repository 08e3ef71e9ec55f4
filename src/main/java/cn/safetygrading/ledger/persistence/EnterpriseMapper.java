package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.IndustryStatistics;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.ledger.domain.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EnterpriseMapper {

    List<Enterprise> page(
            @Param("scope") Scope scope,
            @Param("filter") EnterpriseFilter filter,
            @Param("orderBy") String orderBy,
            @Param("descending") boolean descending,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("scope") Scope scope, @Param("filter") EnterpriseFilter filter);

    Optional<Enterprise> find(@Param("scope") Scope scope, @Param("uscc") String uscc);

    List<Enterprise> findAll(@Param("scope") Scope scope, @Param("usccs") Collection<String> usccs);

    /** Active enterprises in scope counted by class and grade, per region. */
    List<RegionStatistics> statistics(@Param("scope") Scope scope);

    List<IndustryStatistics> statisticsByIndustry(@Param("scope") Scope scope);
}
