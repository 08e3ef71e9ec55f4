package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.LedgerLine;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.domain.SignOff;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The frozen sign-offs (审签) of the ledger. */
@Mapper
public interface SignOffMapper {

    long insert(
            @Param("regionCode") String regionCode,
            @Param("asOf") LocalDate asOf,
            @Param("fillingUnit") String fillingUnit,
            @Param("signer") String signer,
            @Param("signedBy") String signedBy,
            @Param("signedAt") OffsetDateTime signedAt,
            @Param("department") String department);

    /**
     * Copies the region's listed enterprises into the sign-off, numbered as the export numbers them; with a
     * department, only the 市级 enterprises it directly supervises.
     */
    int copyEntries(
            @Param("id") long id,
            @Param("regionPath") String regionPath,
            @Param("department") String department,
            @Param("cityLevelOnly") boolean cityLevelOnly);

    /** The id ({@code <region code>-<kind>}) of the department of that name, if there is one. */
    Optional<String> departmentId(@Param("name") String name);

    int setTotals(@Param("id") long id);

    Optional<SignOff> find(@Param("scope") Scope scope, @Param("id") long id);

    List<SignOff> list(@Param("scope") Scope scope, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scope") Scope scope);

    Cursor<LedgerLine> entries(@Param("id") long id);
}
