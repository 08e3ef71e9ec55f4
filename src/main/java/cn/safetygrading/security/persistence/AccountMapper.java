package cn.safetygrading.security.persistence;

import cn.safetygrading.security.domain.AccountProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AccountMapper {

    Optional<AccountProfile> find(String userId);

    List<AccountProfile> all();

    int insert(AccountProfile profile);

    int updateProfile(
            @Param("userId") String userId,
            @Param("displayName") String displayName,
            @Param("regionCode") String regionCode,
            @Param("department") String department);

    /** The department a profile's text names (its name or an alias), if any. */
    Optional<DepartmentRef> department(@Param("stated") String stated);

    /** A department's id (its group suffix, {@code reviewer-371002-housing}) and name. */
    record DepartmentRef(String id, String name) {}

    @Update("update account set disabled_at = #{at} where user_id = #{userId}")
    int disable(@Param("userId") String userId, @Param("at") OffsetDateTime at);

    @Select("select exists (select 1 from account where user_id = #{userId} and disabled_at is not null)")
    boolean disabled(String userId);
}
