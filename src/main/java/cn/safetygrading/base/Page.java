package cn.safetygrading.base;

/**
 * A window on a list, as a service hands it to its mapper: {@code offset} is never negative and {@code limit} is
 * between 1 and the service's maximum, whatever the caller asked for (a request for 0 or 10 000 rows still gets a
 * sensible page, never an error or an unbounded query).
 *
 * @param offset the rows skipped, ≥ 0
 * @param limit the rows at most, ≥ 1
 */
public record Page(int offset, int limit) {

    /** The page the caller asked for, clamped: offset ≥ 0 and 1 ≤ limit ≤ {@code max}. */
    public static Page of(int offset, int limit, int max) {
        return new Page(Math.max(0, offset), limit(limit, max));
    }

    /** A row count clamped to 1 ≤ limit ≤ {@code max}, for lists without an offset. */
    public static int limit(int limit, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        return Math.min(Math.max(1, limit), max);
    }
}
