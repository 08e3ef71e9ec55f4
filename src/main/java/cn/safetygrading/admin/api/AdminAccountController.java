package cn.safetygrading.admin.api;

import cn.safetygrading.admin.domain.AccountRow;
import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.admin.service.AccountAdminService;
import cn.safetygrading.admin.service.AccountAdminService.Filter;
import cn.safetygrading.admin.service.UnitService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over HTTP, administrators only: {@code GET /api/admin/accounts} (paged; {@code role},
 * {@code region}, {@code department}, {@code name}), {@code GET /{userId}}, {@code POST} to open one,
 * {@code PUT /{userId}} (name, roles, region, department), {@code PUT /{userId}/password},
 * {@code POST /{userId}/disable}. Roles by name: ADMIN, MANAGER, REVIEWER, EXPERT, SUPERVISOR,
 * INSPECTOR, ENTERPRISE.
 */
@RestController
@RequestMapping("/api/admin/accounts")
public class AdminAccountController {

    private final AccountAdminService accounts;
    private final CurrentAccount current;

    public AdminAccountController(AccountAdminService accounts, CurrentAccount current) {
        this.accounts = accounts;
        this.current = current;
    }

    public record Item(
            String userId,
            String displayName,
            List<String> roles,
            String regionCode,
            String department,
            String uscc,
            boolean disabled) {}

    public record Create(
            String userId,
            String displayName,
            String password,
            List<String> roles,
            String regionCode,
            String department,
            String uscc) {}

    public record Change(String displayName, List<String> roles, String regionCode, String department) {}

    public record Password(String password) {}

    @GetMapping
    public AdminDepartmentController.Page<Item> list(
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "50") int limit) {
        Account actor = current.require();
        UnitService.requireAdmin(actor);
        AdminDepartmentController.checkPage(offset, limit);
        Role r = role == null || role.isBlank()
                ? null
                : roles(List.of(role), "role").iterator().next();
        Filter filter = new Filter(r, region, department, name);
        List<Item> items = accounts.page(actor, filter, offset, limit).stream()
                .map(row -> item(actor, row))
                .toList();
        return new AdminDepartmentController.Page<>(accounts.count(actor, filter), offset, limit, items);
    }

    @GetMapping("/{userId}")
    public Item get(@PathVariable String userId) {
        Account actor = current.require();
        Account account = accounts.find(actor, userId);
        if (account == null) {
            throw new InvalidInput("userId", "admin.error.noAccount", userId);
        }
        return item(account, accounts.isDisabled(userId));
    }

    @PostMapping
    public ResponseEntity<Item> create(@RequestBody Create body) {
        Account actor = current.require();
        UnitService.requireAdmin(actor);
        Account created = accounts.create(
                actor,
                new NewAccount(
                        body.userId(),
                        body.displayName(),
                        body.password(),
                        roles(body.roles(), "roles"),
                        body.regionCode(),
                        body.department(),
                        body.uscc()));
        return ResponseEntity.status(HttpStatus.CREATED).body(item(created, false));
    }

    @PutMapping("/{userId}")
    public Item change(@PathVariable String userId, @RequestBody Change body) {
        Account actor = current.require();
        UnitService.requireAdmin(actor);
        Account changed = accounts.change(
                actor, userId, body.displayName(), roles(body.roles(), "roles"), body.regionCode(), body.department());
        return item(changed, false);
    }

    @PutMapping("/{userId}/password")
    public ResponseEntity<Void> password(@PathVariable String userId, @RequestBody Password body) {
        accounts.resetPassword(current.require(), userId, body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{userId}/disable")
    public ResponseEntity<Void> disable(@PathVariable String userId) {
        accounts.disable(current.require(), userId);
        return ResponseEntity.noContent().build();
    }

    private Item item(Account actor, AccountRow row) {
        Account account = accounts.find(actor, row.userId());
        List<String> roles = account == null
                ? List.of()
                : account.roles().stream().map(Role::name).sorted().toList();
        return new Item(
                row.userId(), row.displayName(), roles, row.regionCode(), row.department(), row.uscc(), row.disabled());
    }

    private static Item item(Account a, boolean disabled) {
        return new Item(
                a.userId(),
                a.displayName(),
                a.roles().stream().map(Role::name).sorted().toList(),
                a.regionCode(),
                a.department(),
                a.uscc(),
                disabled);
    }

    private static Set<Role> roles(List<String> names, String field) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String n : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(n).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(field, "admin.error.role", n);
            }
        }
        return roles;
    }
}
