package cn.safetygrading.security.persistence;

import cn.safetygrading.security.domain.AccountProfile;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface AccountMapper {

    Optional<AccountProfile> find(String userId);

    int insert(AccountProfile profile);
}
