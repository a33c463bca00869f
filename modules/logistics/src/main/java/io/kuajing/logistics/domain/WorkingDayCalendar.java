package io.kuajing.logistics.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * China's working days as dated reference data: Monday to Friday except public holidays, plus the weekend days
 * worked to bridge a holiday (调休上班). Years the data does not cover fall back to Monday-Friday, and say so
 * through {@link #covers}, so a promise far ahead is an estimate rather than a failure.
 */
@ValueObject
public final class WorkingDayCalendar {

    private enum Kind { HOLIDAY, WORKDAY }

    private final Map<LocalDate, Kind> exceptions;
    private final Set<Integer> coveredYears;

    private WorkingDayCalendar(Map<LocalDate, Kind> exceptions, Set<Integer> coveredYears) {
        this.exceptions = Map.copyOf(exceptions);
        this.coveredYears = Set.copyOf(coveredYears);
    }

    /** Reads the {@code china-calendar.txt} format: {@code covers <year>} and {@code <date> HOLIDAY|WORKDAY <name>} lines. */
    public static WorkingDayCalendar parse(List<String> lines) {
        Map<LocalDate, Kind> exceptions = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                if (parts[0].equals("covers")) {
                    years.add(Year.parse(parts[1]).getValue());
                    continue;
                }
                LocalDate date = LocalDate.parse(parts[0]);
                Kind kind = Kind.valueOf(parts[1]);
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (kind == Kind.WORKDAY && !weekend) {
                    throw new IllegalArgumentException("a WORKDAY entry must be a weekend day");
                }
                if (exceptions.put(date, kind) != null) {
                    throw new IllegalArgumentException("date listed twice");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("calendar line " + number + " (" + line + "): " + e.getMessage(), e);
            }
        }
        return new WorkingDayCalendar(exceptions, years);
    }

    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        Kind kind = exceptions.get(date);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** {@code date} itself when it is a working day, else the next one. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The working day {@code days} working days after {@code start} ({@code start} itself does not count). */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
