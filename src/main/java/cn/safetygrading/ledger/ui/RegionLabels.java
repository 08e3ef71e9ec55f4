package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.domain.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labels regions by their path below the top of the list: 环翠区 › 环翠楼街道 › 东北村居委会 (village names repeat). */
final class RegionLabels {

    private final Map<String, String> names = new HashMap<>();
    private final int rootDepth;

    RegionLabels(List<Region> regions) {
        int min = Integer.MAX_VALUE;
        for (Region r : regions) {
            names.put(r.code(), r.name());
            min = Math.min(min, r.path().split("/").length);
        }
        rootDepth = min;
    }

    String label(Region region) {
        String[] path = region.path().split("/");
        if (path.length <= rootDepth) {
            return region.name();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = rootDepth; i < path.length; i++) {
            if (sb.length() > 0) {
                sb.append(" › ");
            }
            sb.append(names.getOrDefault(path[i], path[i]));
        }
        return sb.toString();
    }
}
