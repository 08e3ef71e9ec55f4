package cn.safetygrading.ledger.service;

import cn.safetygrading.base.Text;
import cn.safetygrading.base.json.Json;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.LedgerRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The enterprise file's events of one import: an enterprise imported, or changed with its before and after. */
final class ImportEvents {

    private final ImportWords words;
    private final ObjectMapper json;
    private final String importId;
    private final String fileName;
    private final String userId;

    ImportEvents(ImportWords words, ObjectMapper json, String importId, String fileName, String userId) {
        this.words = words;
        this.json = json;
        this.importId = importId;
        this.fileName = fileName;
        this.userId = userId;
    }

    EnterpriseEvent importEvent(ImportedRow p, LedgerRecord r, OffsetDateTime now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", "import");
        details.put("importId", importId);
        details.put("file", fileName);
        details.put("row", p.row());
        details.put("decision", ClassificationService.DECISION);
        details.put("values", LedgerMerge.values(r));
        if (p.remarkText() != null && !p.remarkText().isEmpty()) {
            details.put("remarkAsFiled", p.remarkText());
        }
        String summary = words.zh(
                "ledger.summary.imported", fileName, p.row(), words.zh("ledger.classShort." + r.enterpriseClass()));
        return new EnterpriseEvent(
                null,
                r.uscc(),
                now,
                LedgerImportService.EVENT_IMPORTED,
                userId,
                Text.shorten(summary, 500),
                toJson(details),
                "import:" + importId + ":" + r.uscc());
    }

    EnterpriseEvent changeEvent(ImportedRow p, Map<String, Map<String, Object>> changes, OffsetDateTime now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", "import");
        details.put("importId", importId);
        details.put("file", fileName);
        details.put("row", p.row());
        details.put("changes", changes);
        List<String> fields = changes.keySet().stream()
                .map(f -> words.zh("ledger.field." + f))
                .toList();
        String summary = words.zh("ledger.summary.changed", String.join("、", fields), fileName, p.row());
        return new EnterpriseEvent(
                null,
                p.uscc(),
                now,
                LedgerImportService.EVENT_CHANGED,
                userId,
                Text.shorten(summary, 500),
                toJson(details),
                "import:" + importId + ":" + p.uscc());
    }

    private String toJson(Object details) {
        return Json.of(json).write(details);
    }
}
