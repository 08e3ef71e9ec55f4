package cn.safetygrading.security.persistence;

import cn.safetygrading.security.domain.AccountProfile;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AccountMapper {

    Optional<AccountProfile> find(String userId);

    List<AccountProfile> all();

    int insert(AccountProfile profile);

    int updateProfile(@Param("userId") String userId, @Param("displayName") String displayName,
                      @Param("regionCode") String regionCode, @Param("department") String department);

    /** The department a profile's text names (its name or an alias), if any. */
    Optional<DepartmentRef> department(@Param("stated") String stated);

    /** A department's id (its group suffix, {@code reviewer-371002-housing}) and name. */
    record DepartmentRef(String id, String name) {
    }
}
