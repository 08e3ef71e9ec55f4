package cn.safetygrading.ledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;

/**
 * Which enterprises are in a watch period (重点关注期) now, and until when: the running {@code watch-period}
 * processes (business key: USCC) and their {@code watchEndsAt}. Read from the engine, so the ledger does not
 * depend on the grading feature that starts them.
 */
@Service
public class WatchList {

    public static final String PROCESS = "watch-period";

    private final RuntimeService runtime;
    private final Clock clock;

    public WatchList(RuntimeService runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The last day of the watch of each enterprise given that is watched now (a null day: end not yet recorded). */
    public Map<String, LocalDate> watchUntil(Collection<String> usccs) {
        Map<String, LocalDate> out = new HashMap<>();
        if (usccs.isEmpty()) {
            return out;
        }
        Set<String> wanted = new HashSet<>(usccs);
        Map<String, String> byInstance = new HashMap<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .list()) {
            if (wanted.contains(pi.getBusinessKey())) {
                byInstance.put(pi.getId(), pi.getBusinessKey());
                out.put(pi.getBusinessKey(), null);
            }
        }
        if (byInstance.isEmpty()) {
            return out;
        }
        List<VariableInstance> ends = runtime.createVariableInstanceQuery()
                .variableName("watchEndsAt")
                .processInstanceIdIn(byInstance.keySet().toArray(String[]::new))
                .list();
        for (VariableInstance v : ends) {
            if (v.getValue() instanceof Date d) {
                LocalDate day = d.toInstant().atZone(clock.getZone()).toLocalDate();
                out.merge(
                        byInstance.get(v.getProcessInstanceId()),
                        day,
                        (a, b) -> a == null ? b : b == null ? a : a.isAfter(b) ? a : b);
            }
        }
        return out;
    }

    /** Every enterprise watched now (USCCs). */
    public Set<String> watchedNow() {
        Set<String> out = new HashSet<>();
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .list()
                .forEach(p -> out.add(p.getBusinessKey()));
        return out;
    }

    /** Whether the enterprise is watched now, and until when. */
    public Optional<LocalDate> watchUntil(String uscc) {
        return Optional.ofNullable(watchUntil(List.of(uscc)).get(uscc));
    }

    public boolean watched(String uscc) {
        return watchUntil(List.of(uscc)).containsKey(uscc);
    }
}
