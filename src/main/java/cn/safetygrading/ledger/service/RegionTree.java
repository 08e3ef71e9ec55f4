package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.persistence.RegionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The region tree (市, 县区, 乡镇街道, 村居: about 2,800 rows for 威海), read once and kept. It is
 * reference data that only Flyway's migrations write, yet many pages asked for it on every load
 * (the dashboard up to three times), each time mapping the whole tree from the database. A region added
 * by a new migration is there after the restart that applies it.
 */
@Component
public class RegionTree {

    private record Snapshot(List<Region> inPathOrder, Map<String, Region> byCode) {}

    private final RegionMapper regions;
    private volatile Snapshot snapshot;

    public RegionTree(RegionMapper regions) {
        this.regions = regions;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            // the database's order by path, kept as it is, so subtrees come in the same tree order as before
            List<Region> all = List.copyOf(regions.all());
            s = new Snapshot(
                    all, all.stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity())));
            snapshot = s;
        }
        return s;
    }

    /** Every region, in tree order. */
    public List<Region> all() {
        return snapshot().inPathOrder();
    }

    public Optional<Region> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(snapshot().byCode().get(code));
    }

    /** The region at this materialised path and everything below it, in tree order. */
    public List<Region> subtree(String path) {
        String below = path + "/";
        return all().stream()
                .filter(r -> r.path().equals(path) || r.path().startsWith(below))
                .toList();
    }
}
