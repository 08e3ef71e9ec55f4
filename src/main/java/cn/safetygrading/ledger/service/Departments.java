package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.ManagementLevel;
import cn.safetygrading.ledger.persistence.DepartmentMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments (部门) as units of routing and scope: by name as the annex writes it, by the short forms
 * people write (市住建局, 环翠区应急局: table {@code department_alias}), by id, and the city's department of
 * the same kind. Read once per transaction (small tables, changed by administrators at run time: a change counts
 * from the next transaction on, {@link DirectoryPerTransaction}); a caller that resolves many names at once outside
 * a transaction (an import) takes one {@link #directory()}.
 */
@Service
@Transactional(readOnly = true)
public class Departments {

    private final DepartmentMapper mapper;
    private final RegionTree regions;
    private final DirectoryPerTransaction perTransaction = new DirectoryPerTransaction();

    public Departments(DepartmentMapper mapper, RegionTree regions) {
        this.mapper = mapper;
        this.regions = regions;
    }

    /** The department a ledger cell or a profile names: its full name or one of its aliases, spaces ignored. */
    public Optional<Department> resolve(String stated) {
        return directory().resolve(stated);
    }

    public Optional<Department> byName(String name) {
        return directory().byName(name);
    }

    public Optional<Department> byId(String id) {
        return directory().byId(id);
    }

    /** The department of the same kind at the city above the department's region (itself when it is the city's). */
    public Optional<Department> cityCounterpart(Department department) {
        return directory().cityCounterpart(department);
    }

    public List<Department> all() {
        return directory().all();
    }

    /**
     * The department that works an enterprise (初审, 部门诊断定级, inspections, stationing): its
     * 直接监管责任部门; for a 市级 enterprise (management level CITY) the city's department of that kind.
     * Empty when the enterprise names no department the system knows.
     */
    public Optional<Department> responsibleFor(String uscc) {
        DepartmentMapper.Supervision row = uscc == null ? null : mapper.supervision(uscc);
        if (row == null) {
            return Optional.empty();
        }
        Directory directory = directory();
        Optional<Department> stated = directory.resolve(row.supervisingDepartment());
        if (ManagementLevel.CITY.is(row.managementLevel())) {
            return stated.flatMap(directory::cityCounterpart).or(() -> stated);
        }
        return stated;
    }

    /** All departments and aliases as this transaction first read them (outside a transaction: as they are now). */
    public Directory directory() {
        return perTransaction.get(this::read);
    }

    private Directory read() {
        Map<String, String> aliases = new HashMap<>();
        for (DepartmentMapper.Alias row : mapper.aliases()) {
            aliases.put(row.alias(), row.departmentId());
        }
        Map<String, String> cityOf = new HashMap<>();
        List<Department> all = mapper.all();
        for (Department d : all) {
            regions.find(d.regionCode())
                    .ifPresent(r -> cityOf.put(d.regionCode(), r.path().split("/")[0]));
        }
        return new Directory(all, aliases, cityOf);
    }

    /** An immutable view of the departments: what {@link Departments} answers, without going back to the database. */
    public static final class Directory {

        private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

        private final List<Department> all;
        private final Map<String, Department> byName = new HashMap<>();
        private final Map<String, Department> byId = new HashMap<>();
        private final Map<String, Department> byAlias = new HashMap<>();
        private final Map<String, String> cityOf;

        Directory(List<Department> all, Map<String, String> aliases, Map<String, String> cityOf) {
            this.all = List.copyOf(all);
            this.cityOf = Map.copyOf(cityOf);
            for (Department d : all) {
                byName.put(d.name(), d);
                byId.put(d.id(), d);
            }
            aliases.forEach((alias, id) -> {
                if (byId.containsKey(id)) {
                    byAlias.put(alias, byId.get(id));
                }
            });
        }

        public Optional<Department> resolve(String stated) {
            if (stated == null || stated.isBlank()) {
                return Optional.empty();
            }
            String key = SPACES.matcher(stated).replaceAll("");
            return Optional.ofNullable(byName.get(key)).or(() -> Optional.ofNullable(byAlias.get(key)));
        }

        public Optional<Department> byName(String name) {
            return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
        }

        public Optional<Department> byId(String id) {
            return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
        }

        public Optional<Department> cityCounterpart(Department department) {
            String city = cityOf.get(department.regionCode());
            if (city == null) {
                return Optional.empty();
            }
            return all.stream()
                    .filter(d -> d.regionCode().equals(city) && d.kind().equals(department.kind()))
                    .findFirst();
        }

        public List<Department> all() {
            return all;
        }
    }
}
