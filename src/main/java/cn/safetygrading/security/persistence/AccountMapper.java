package cn.safetygrading.security.persistence;

import cn.safetygrading.security.domain.AccountProfile;
import java.util.Optional;
import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AccountMapper {

    Optional<AccountProfile> find(String userId);

    int insert(AccountProfile profile);

    @Update("update account set display_name = #{displayName}, region_code = #{regionCode}, department = #{department}"
            + " where user_id = #{userId}")
    int updateProfile(@Param("userId") String userId, @Param("displayName") String displayName,
                      @Param("regionCode") String regionCode, @Param("department") String department);

    @Update("update account set disabled_at = #{at} where user_id = #{userId}")
    int disable(@Param("userId") String userId, @Param("at") OffsetDateTime at);

    @Select("select exists (select 1 from account where user_id = #{userId} and disabled_at is not null)")
    boolean disabled(String userId);

    /** The id of the department of this name (the key of its {@code <role>-<id>} groups). */
    @Select("select id from department where name = #{name}")
    Optional<String> departmentId(String name);
}
