package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.DepartmentDuty;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.ManagementLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.persistence.ReferenceMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's reference data (shipped by Flyway): GB/T 4754-2017 industries and the departments with
 * the industries they answer for. Read afresh on each call that needs the whole set; small tables.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private static final Pattern CODE = Pattern.compile("^([A-Ta-t])?\\s*(\\d{1,4})(?:\\D.*)?$", Pattern.DOTALL);

    private final ReferenceMapper mapper;
    private final RegionTree regions;

    public ReferenceData(ReferenceMapper mapper, RegionTree regions) {
        this.mapper = mapper;
        this.regions = regions;
    }

    public List<Industry> industries() {
        return mapper.industries();
    }

    public List<Industry> divisions() {
        return mapper.industries().stream().filter(Industry::isDivision).toList();
    }

    public List<Department> departments() {
        return mapper.departments();
    }

    /** Everything an import needs to read industries and fill in departments, loaded once per import. */
    public Catalogue catalogue() {
        return new Catalogue(mapper.industries(), mapper.duties());
    }

    /** Industries by code and name, and departments by region, industry and role. */
    public static final class Catalogue {

        private final Map<String, Industry> byCode = new LinkedHashMap<>();
        private final Map<String, Industry> divisionsByName = new HashMap<>();
        private final Map<String, String> duties = new HashMap<>();

        public Catalogue(List<Industry> industries, List<DepartmentDuty> duties) {
            for (Industry i : industries) {
                byCode.put(i.code(), i);
                if (i.isDivision()) {
                    divisionsByName.put(i.name(), i);
                }
            }
            for (DepartmentDuty d : duties) {
                this.duties.putIfAbsent(d.regionCode() + "|" + d.industryCode() + "|" + d.role(), d.departmentName());
            }
        }

        public Optional<Industry> industry(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        /**
         * The division a ledger cell names: {@code 13}, {@code C13}, {@code 1351} (a 小类, cut to its 大类),
         * {@code 13 农副食品加工业} or the division's name alone. Empty when it names none.
         */
        public Optional<Industry> parseDivision(String cell) {
            if (cell == null || cell.isBlank()) {
                return Optional.empty();
            }
            String s = cell.strip();
            Matcher m = CODE.matcher(s);
            if (m.matches()) {
                String digits = m.group(2);
                String code = digits.length() == 1 ? "0" + digits : digits.substring(0, 2);
                Industry division = byCode.get(code);
                if (division == null || !division.isDivision()) {
                    return Optional.empty();
                }
                if (m.group(1) != null && !m.group(1).equalsIgnoreCase(division.sectionCode())) {
                    return Optional.empty();
                }
                return Optional.of(division);
            }
            String name = s.replaceAll("\\s", "");
            Industry byName = divisionsByName.get(name);
            if (byName == null) {
                byName = divisionsByName.get(name.replaceAll("[（(].*[）)]$", ""));
            }
            return Optional.ofNullable(byName);
        }

        /**
         * The department of the region nearest to the enterprise (its own region first, then up its path)
         * that answers for the industry in the role; a city-managed enterprise takes the city's.
         */
        public Optional<String> department(Region region, String industryCode, String managementLevel, String role) {
            if (region == null || industryCode == null) {
                return Optional.empty();
            }
            String[] path = region.path().split("/");
            int from = ManagementLevel.CITY.is(managementLevel) ? 0 : path.length - 1;
            for (int i = from; i >= 0; i--) {
                String name = duties.get(path[i] + "|" + industryCode + "|" + role);
                if (name != null) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
    }

    /** The region, for callers that hold only a code. */
    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : regions.find(code);
    }
}
