package cn.safetygrading.supervision.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The calendar periods of the 包保 duties (seed 004, 八条规定): half-months (1st–15th, 16th–end of
 * month), calendar quarters, calendar half-years and calendar years, in the application's zone and on
 * the application's clock (which follows the engine's). A duty of a period is due when the period
 * ends (the next period's first day, 00:00); the supervisor's head is told then, the head one level up
 * a grace later. The process asks this bean for its timers ({@code ${dutyCalendar.nextStart('QUARTER')}}).
 */
@Component("dutyCalendar")
public class DutyCalendar {

    /** A duty cycle and how long after its due date an overdue duty goes one more level up. */
    public enum Cycle {
        HALF_MONTH(5),
        QUARTER(15),
        HALF_YEAR(30),
        YEAR(30);

        private final int graceDays;

        Cycle(int graceDays) {
            this.graceDays = graceDays;
        }

        public int graceDays() {
            return graceDays;
        }
    }

    private final Clock clock;

    public DutyCalendar(Clock clock) {
        this.clock = clock;
    }

    /** The first day of the period containing the date. */
    public static LocalDate periodStart(Cycle cycle, LocalDate day) {
        return switch (cycle) {
            case HALF_MONTH -> day.withDayOfMonth(day.getDayOfMonth() <= 15 ? 1 : 16);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case HALF_YEAR -> day.withDayOfMonth(1).withMonth(day.getMonthValue() <= 6 ? 1 : 7);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the period after the one containing the date. */
    public static LocalDate nextPeriodStart(Cycle cycle, LocalDate day) {
        LocalDate start = periodStart(cycle, day);
        return switch (cycle) {
            case HALF_MONTH ->
                start.getDayOfMonth() == 1
                        ? start.withDayOfMonth(16)
                        : start.plusMonths(1).withDayOfMonth(1);
            case QUARTER -> start.plusMonths(3);
            case HALF_YEAR -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
        };
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The start of the current period (the period a duty created now belongs to). */
    public LocalDate currentStart(String cycle) {
        return periodStart(Cycle.valueOf(cycle), today());
    }

    /** When the next period begins: the process's timer for the next duty of this cycle. */
    public Date nextStart(String cycle) {
        return at(nextPeriodStart(Cycle.valueOf(cycle), today()));
    }

    /** When a duty created now is due: the end of the current period. */
    public Date due(String cycle) {
        return nextStart(cycle);
    }

    /** When an overdue duty created now goes one level up: its due date plus the cycle's grace. */
    public Date upOneLevel(String cycle) {
        Cycle c = Cycle.valueOf(cycle);
        return at(nextPeriodStart(c, today()).plusDays(c.graceDays()));
    }

    /** A date given as ISO text (yyyy-MM-dd, a 临时 duty's deadline) as the end of that day; with the grace of a quarter. */
    public Date endOfDay(String isoDate, int plusDays) {
        return at(LocalDate.parse(isoDate).plusDays(1 + plusDays));
    }

    /** So many days from now (a consultation's answer is due in five days). */
    public Date inDays(int days) {
        return Date.from(clock.instant().plus(java.time.Duration.ofDays(days)));
    }

    private Date at(LocalDate day) {
        return Date.from(ZonedDateTime.of(day.atStartOfDay(), clock.getZone()).toInstant());
    }
}
