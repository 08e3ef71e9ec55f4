package cn.safetygrading.portal.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.service.StationingService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 监管安排: who supervises the enterprise (包保 grid and supervisor) and its stationed supervision, if any. */
class SupervisionPanel extends VerticalLayout {

    final Paragraph assignment = new Paragraph();
    final Paragraph stationing = new Paragraph();

    SupervisionPanel(SupervisionGridService grid, StationingService stations, Account account) {
        setPadding(false);
        assignment.setId("portal-supervisor");
        stationing.setId("portal-stationing");
        assignment.setText(grid.assignmentOf(account, account.uscc())
                .map(a -> getTranslation("portal.supervisor", getTranslation("portal.gridLevel." + a.get("gridLevel")),
                        a.get("supervisor") == null ? "—" : a.get("supervisor")))
                .orElse(getTranslation("portal.noSupervisor")));
        List<Map<String, Object>> current = stations.forEnterprise(account, account.uscc()).stream()
                .filter(s -> s.get("endedAt") == null).toList();
        stationing.setText(current.isEmpty() ? getTranslation("portal.noStationing") : current.stream().map(s -> getTranslation(
                "portal.stationingNow", getTranslation("portal.stationing." + s.get("mode")),
                s.get("officials") == null ? getTranslation("portal.toBeAssigned") : s.get("officials"),
                s.get("location") == null ? "—" : s.get("location"),
                s.get("startsOn") == null ? "—" : Formats.date(toDate(s.get("startsOn"))), s.get("reports")))
                .reduce((a, b) -> a + "；" + b).orElse(""));
        add(new H4(getTranslation("portal.supervisionTitle")), assignment, stationing);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }
}
