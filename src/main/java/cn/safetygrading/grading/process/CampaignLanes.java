package cn.safetygrading.grading.process;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The lanes of a campaign's launch, the collection of its multi-instance subprocess
 * ({@code ${campaignLanes.of(laneCount)}}): lane numbers 0 … laneCount − 1.
 */
@Component("campaignLanes")
public class CampaignLanes {

    public List<Integer> of(Number laneCount) {
        return IntStream.range(0, Math.max(1, laneCount.intValue())).boxed().toList();
    }
}
