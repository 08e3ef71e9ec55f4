package cn.safetygrading.ledger.domain;

/**
 * What one account may see of the ledger: everything ({@link #all()}), a region subtree (its path),
 * or exactly one enterprise (an enterprise account). Services apply it in every query.
 */
public record Scope(String regionPath, String uscc, boolean everything) {

    public static Scope all() {
        return new Scope(null, null, true);
    }

    public static Scope region(String regionPath) {
        return new Scope(regionPath, null, false);
    }

    public static Scope enterprise(String uscc) {
        return new Scope(null, uscc, false);
    }

    public static Scope none() {
        return new Scope(null, null, false);
    }

    public boolean isNone() {
        return !everything && regionPath == null && uscc == null;
    }
}
