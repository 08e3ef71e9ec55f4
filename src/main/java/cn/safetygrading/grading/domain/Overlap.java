package cn.safetygrading.grading.domain;

import java.util.List;

/**
 * What a launch would leave out: how many enterprises of the region have a grading running already,
 * and the first of them in USCC order (the full list comes from the same query without a limit).
 */
public record Overlap(long count, List<LeftOut> first) {

    public boolean none() {
        return count == 0;
    }
}
