package cn.safetygrading.consequence.api;

import cn.safetygrading.consequence.domain.Measure;
import cn.safetygrading.consequence.domain.NewMeasure;
import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.CurrentAccount;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 处理措施 (约谈, 通报, 警示, 挂牌督办, 停产停业整顿, 关闭) of one enterprise over HTTP, as docs/api.md says:
 * an enterprise account gets 403, an official outside the enterprise's scope 404, bad input 400 with
 * {@code {"field", "message"}}.
 */
@RestController
@RequestMapping("/api/enterprises/{uscc}/measures")
public class MeasureController {

    private final MeasureService measures;
    private final CurrentAccount current;

    public MeasureController(MeasureService measures, CurrentAccount current) {
        this.measures = measures;
        this.current = current;
    }

    /** {@code kind}: INTERVIEW, CIRCULAR, WARNING, LISTED_SUPERVISION, SUSPENSION or CLOSURE. */
    public record MeasureJson(
            Long id,
            String kind,
            LocalDate decidedOn,
            String documentNo,
            String issuingDepartment,
            String reason,
            String caseRef,
            String recordedBy,
            OffsetDateTime recordedAt) {

        static MeasureJson of(Measure m) {
            return new MeasureJson(
                    m.id(),
                    m.kind().name(),
                    m.decidedOn(),
                    m.documentNo(),
                    m.issuingDepartment(),
                    m.reason(),
                    m.caseRef(),
                    m.recordedBy(),
                    m.recordedAt());
        }
    }

    @GetMapping
    public List<MeasureJson> list(@PathVariable String uscc) {
        Account account = current.require();
        return measures.list(account, uscc).orElseThrow(MeasureController::notFound).stream()
                .map(MeasureJson::of)
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Long> record(@PathVariable String uscc, @RequestBody NewMeasure body) {
        Account account = current.require();
        NewMeasure input = body == null ? new NewMeasure(null, null, null, null, null) : body;
        return Map.of(
                "id",
                measures.record(account, uscc, input)
                        .orElseThrow(MeasureController::notFound)
                        .id());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such enterprise in your scope");
    }
}
