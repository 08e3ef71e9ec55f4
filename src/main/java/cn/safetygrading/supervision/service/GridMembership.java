package cn.safetygrading.supervision.service;

import static cn.safetygrading.supervision.service.GridAccess.requireManager;

import cn.safetygrading.base.Refused;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.GridMember;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.GridUnitMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The grid's people: members, heads, their phones, the units' 监督电话 and the signed commitments. */
@Component
class GridMembership {

    private final GridMapper grid;
    private final GridUnitMapper units;
    private final GridAccess access;
    private final IdentityService identity;
    private final Clock clock;

    GridMembership(GridMapper grid, GridUnitMapper units, GridAccess access, IdentityService identity, Clock clock) {
        this.grid = grid;
        this.units = units;
        this.access = access;
        this.identity = identity;
        this.clock = clock;
    }

    void addMember(Account manager, String userId, String regionCode, boolean head) {
        requireManager(manager);
        access.region(manager, regionCode);
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw new Refused("grid.noSuchUser", userId);
        }
        grid.addMember(userId, regionCode, false);
        if (head) {
            setHead(manager, userId, regionCode);
        }
    }

    void setPhone(String userId, String regionCode, String phone) {
        units.setPhone(userId, regionCode, phone(phone));
    }

    void removeMember(Account manager, String userId, String regionCode) {
        requireManager(manager);
        access.region(manager, regionCode);
        if (units.removeMember(userId, regionCode) == 0) {
            throw new Refused("grid.notMember", userId);
        }
    }

    void setHead(Account manager, String userId, String regionCode) {
        requireManager(manager);
        access.region(manager, regionCode);
        if (!units.isMember(userId, regionCode)) {
            throw new Refused("grid.notMember", userId);
        }
        units.clearHead(regionCode);
        units.setHead(userId, regionCode);
    }

    void setHotline(Account manager, String regionCode, String hotline) {
        requireManager(manager);
        access.region(manager, regionCode);
        String phone = phone(hotline);
        if (phone == null) {
            throw new Refused("grid.phoneInvalid", hotline);
        }
        units.setHotline(regionCode, phone);
    }

    List<GridMember> members(Account account, String regionCode) {
        return units.members(access.region(account, regionCode).path());
    }

    int signCommitment(Account supervisor) {
        return grid.signCommitment(supervisor.userId(), OffsetDateTime.now(clock));
    }

    /** A phone number as people write it (digits, spaces, dashes, a leading +), or null when blank; anything else refused. */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (!p.matches("\\+?[0-9][0-9 \\-]{2,28}")) {
            throw new Refused("grid.phoneInvalid", p);
        }
        return p;
    }
}
