package cn.safetygrading.admin.domain;

import java.util.List;

/**
 * What a 任务分工 import did: the regions whose duties it replaced, how many duties they now have, the
 * rows read, and the rejected rows (a file with any rejected row replaces nothing).
 */
public record DutyImportResult(List<String> regions, int duties, int rows, List<Rejected> rejected) {

    /** A row of the file that was not taken: its row number, the column, and why. */
    public record Rejected(int row, String field, String message) {}

    public boolean applied() {
        return rejected.isEmpty() && duties > 0;
    }
}
