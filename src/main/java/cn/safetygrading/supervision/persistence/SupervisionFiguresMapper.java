package cn.safetygrading.supervision.persistence;

import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.supervision.domain.SupervisionFigures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SupervisionFiguresMapper {

    SupervisionFigures figures(
            @Param("scope") Scope scope, @Param("now") OffsetDateTime now, @Param("yearStart") LocalDate yearStart);
}
