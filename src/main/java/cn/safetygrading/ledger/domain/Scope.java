package cn.safetygrading.ledger.domain;

/**
 * What one account may see of the ledger: everything ({@link #all()}), a region subtree (its path),
 * the enterprises one department directly supervises within its region subtree
 * ({@link #department(String, String)}: 直接监管责任部门 by name), or exactly one enterprise (an enterprise
 * account). Services apply it in every query.
 */
public record Scope(String regionPath, String uscc, boolean everything, String department) {

    public Scope(String regionPath, String uscc, boolean everything) {
        this(regionPath, uscc, everything, null);
    }

    public static Scope all() {
        return new Scope(null, null, true);
    }

    public static Scope region(String regionPath) {
        return new Scope(regionPath, null, false);
    }

    /** The enterprises whose 直接监管责任部门 is the department (by name), within the region subtree of the path. */
    public static Scope department(String regionPath, String department) {
        return new Scope(regionPath, null, false, department);
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

    /** Whether an enterprise of this region path and 直接监管责任部门 lies within the scope. */
    public boolean covers(String enterpriseRegionPath, String supervisingDepartment) {
        if (everything) {
            return true;
        }
        if (regionPath == null || enterpriseRegionPath == null) {
            return false;
        }
        boolean inRegion = enterpriseRegionPath.equals(regionPath) || enterpriseRegionPath.startsWith(regionPath + "/");
        return inRegion && (department == null || department.equals(supervisingDepartment));
    }
}
