package cn.safetygrading.supervision.domain;

import java.util.List;

/** What a draw picked: each enterprise with why (DUE or RANDOM) and its pair of inspectors; and who could not be paired. */
public record DrawResult(List<Pick> picks, List<String> unpaired) {

    public record Pick(String uscc, String name, String reason, List<String> inspectors) {}
}
