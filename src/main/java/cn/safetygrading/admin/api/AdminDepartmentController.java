package cn.safetygrading.admin.api;

import cn.safetygrading.admin.domain.Duty;
import cn.safetygrading.admin.domain.DutyImportResult;
import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.service.DutyImportService;
import cn.safetygrading.admin.service.UnitService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.CurrentAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Departments over HTTP, administrators only: {@code GET /api/admin/departments} (paged, {@code region},
 * {@code q}), {@code GET|PUT|DELETE /{id}}, {@code POST} to create, {@code PUT /{id}/industries}, and
 * {@code POST /api/admin/departments/duties} (multipart {@code file}: the 任务分工 as CSV or XLSX).
 */
@RestController
@RequestMapping("/api/admin/departments")
public class AdminDepartmentController {

    static final int MAX_PAGE = 500;
    static final long MAX_FILE = 5L * 1024 * 1024;

    private final UnitService units;
    private final DutyImportService imports;
    private final CurrentAccount current;

    public AdminDepartmentController(UnitService units, DutyImportService imports, CurrentAccount current) {
        this.units = units;
        this.imports = imports;
        this.current = current;
    }

    public record Page<T>(long total, long offset, int limit, List<T> items) {}

    public record NewDepartment(String name, String regionCode, String kind) {}

    public record Rename(String name) {}

    public record Industries(List<String> competent, List<String> supervising) {}

    public record Detail(Unit department, Industries industries) {}

    @GetMapping
    public Page<Unit> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "50") int limit) {
        Account actor = current.require();
        checkPage(offset, limit);
        return new Page<>(units.count(actor, region, q), offset, limit, units.page(actor, region, q, offset, limit));
    }

    @GetMapping("/{id}")
    public Detail get(@PathVariable String id) {
        UnitService.requireAdmin(current.require());
        Unit unit = units.find(id).orElseThrow(() -> new InvalidInput("id", "admin.error.noDepartment", id));
        return detail(unit);
    }

    @PostMapping
    public ResponseEntity<Detail> create(@RequestBody NewDepartment body) {
        Unit unit = units.create(current.require(), body.name(), body.regionCode(), body.kind());
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(unit));
    }

    @PutMapping("/{id}")
    public Detail rename(@PathVariable String id, @RequestBody Rename body) {
        return detail(units.rename(current.require(), id, body.name()));
    }

    @PutMapping("/{id}/industries")
    public Detail industries(@PathVariable String id, @RequestBody Industries body) {
        Account actor = current.require();
        units.setDuties(
                actor,
                id,
                body.competent() == null ? List.of() : body.competent(),
                body.supervising() == null ? List.of() : body.supervising());
        return detail(units.find(id).orElseThrow());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        units.delete(current.require(), id);
        return ResponseEntity.noContent().build();
    }

    /** The 任务分工 file; 200 with the summary whether or not it was applied ({@code applied}). */
    @PostMapping("/duties")
    public ResponseEntity<ImportJson> importDuties(@RequestParam("file") MultipartFile file) {
        Account actor = current.require();
        UnitService.requireAdmin(actor); // before the file is read
        if (file.getSize() > MAX_FILE) {
            throw new InvalidInput("file", "admin.import.tooLarge", MAX_FILE / 1024 / 1024);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("duties", ".upload");
            file.transferTo(temp);
            DutyImportResult result =
                    imports.importFile(actor, temp, file.getOriginalFilename(), Locale.SIMPLIFIED_CHINESE);
            return ResponseEntity.status(result.applied() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                    .body(ImportJson.of(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    public record ImportJson(
            boolean applied, List<String> regions, int duties, int rows, List<DutyImportResult.Rejected> rejected) {
        static ImportJson of(DutyImportResult r) {
            return new ImportJson(r.applied(), r.regions(), r.duties(), r.rows(), r.rejected());
        }
    }

    private Detail detail(Unit unit) {
        List<Duty> duties = units.duties(unit.id());
        return new Detail(
                unit,
                new Industries(
                        duties.stream()
                                .filter(d -> Duty.COMPETENT.equals(d.role()))
                                .map(Duty::industryCode)
                                .toList(),
                        duties.stream()
                                .filter(d -> Duty.SUPERVISING.equals(d.role()))
                                .map(Duty::industryCode)
                                .toList()));
    }

    static void checkPage(long offset, int limit) {
        if (offset < 0) {
            throw new InvalidInput("offset", "admin.error.page", MAX_PAGE);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput("limit", "admin.error.page", MAX_PAGE);
        }
    }
}
