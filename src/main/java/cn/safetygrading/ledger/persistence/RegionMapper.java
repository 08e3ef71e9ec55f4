package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.Region;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface RegionMapper {

    @Select("select code, name, level, parent_code, path from region where code = #{code}")
    Optional<Region> find(String code);

    /** The region and everything below it, in tree order. */
    @Select(
            "select code, name, level, parent_code, path from region where path = #{path} or path like #{path} || '/%' order by path")
    List<Region> subtree(String path);

    @Select("select code, name, level, parent_code, path from region order by path")
    List<Region> all();
}
