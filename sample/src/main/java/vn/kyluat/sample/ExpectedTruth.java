package vn.kyluat.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/**
 * What the generator knows by construction, written to {@code units/expected.json} for tests of the
 * later stages:
 *
 * <pre>
 * {
 *   "seed": 46,
 *   "quarters": ["2024Q1", …, "2025Q4"],
 *   "sources": {                               every source, every relation it delivers
 *     "unit-a": {
 *       "task": {"rows": 25012, "accepted": 25003,
 *                "rejected": {"missing_required": 1, "duplicate_key": 2, …}},   rule codes of RejectRule
 *       …
 *     }, …
 *   },
 *   "rejected_by_rule": {"missing_required": 9, …},        totals over all sources
 *   "merged_org": {"org_code": "CS007", "successor_code": "CS031", "valid_to": "2024-12-31",
 *                  "successors": {"CS007-CB01": "CS031-CB09", …}},    every organisation it dissolved
 *   "buck_passing": {"cells": ["CS012-CB03", …],
 *                    "bounces": {"CS012-CB03": {"2024Q1": {"returns_out": 3, "reversed_transfers": 5}, …}}},
 *   "overlapping_origin_refs": [
 *     {"normalized": "CV 4521/UBND-KT",
 *      "tasks": [{"source": "unit-a", "task_code": "A-0003126", "origin_ref": "cv  4521/ubnd-kt",
 *                 "lead_org_code": "CS004-CB02"}, …]}, …],
 *   "tasks_without_lead": {"unit-a": {"2024Q1": 4, …}, …},    by quarter of assigned_at, less those
 *                                                              cancelled in that same quarter
 *   "planted_persons": {"heavy_backlog": ["NV000123", …], "late_head": {"person_code": …, "org_code": …},
 *                       "mover": {"person_code": …, "from_org_code": …, "to_org_code": …, "moved_on": "2024-08-15"},
 *                       "figures": {"NV000123": {"2024Q1": {"org_code": …, "role": "member", "tasks_due": 9,
 *                                   "done_on_time": 0, "done_late": 0, "overdue_open": 9, "backlog_overdue": 12,
 *                                   "backlog_over_180": 0}, …}, …}}
 * }
 * </pre>
 *
 * {@code rows} counts every row written, bad ones included, so for each source and relation a
 * correct extraction reads {@code rows}, accepts {@code accepted} and rejects the {@code rejected}
 * counts rule by rule. Bounces are the returns_out and reversed_transfers of docs/metrics.md of the
 * buck-passing cells, counted over all their tasks (cancelled ones left out as docs/metrics.md, Time, says). The planted
 * persons' figures are those of person_quarter_metrics over the tasks assigned to them ({@link
 * PersonFigures}), for each quarter in which they have a task due or an open overdue task, with the unit
 * and role of their staff row valid on the quarter's last day.
 */
public final class ExpectedTruth {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Province province;
    private final Set<String> buckPassers;
    private final Map<String, SourceTally> tallies = new LinkedHashMap<>();

    /** What one source contributes; each is filled by one thread only. */
    private static final class SourceTally {
        final Map<Relation, Long> rows = new EnumMap<>(Relation.class);
        final Map<Relation, Map<RejectRule, Integer>> rejected = new EnumMap<>(Relation.class);
        final Map<String, Map<Quarter, int[]>> bounces = new TreeMap<>();
        final Map<Quarter, Integer> withoutLead = new TreeMap<>();
        final Map<String, List<Map<String, Object>>> overlaps = new LinkedHashMap<>();
        final Map<String, Map<Quarter, long[]>> persons = new TreeMap<>();
    }

    /** Sources are known up front, so units may be generated in parallel, each into its own tally. */
    public ExpectedTruth(Province province) {
        this.province = province;
        this.buckPassers = new HashSet<>(province.tree().cellsBehaving(Behaviour.BUCK_PASSING));
        tallies.put(Province.REGISTRY_ID, new SourceTally());
        province.units().forEach(u -> tallies.put(u.id(), new SourceTally()));
        tallies.values()
                .forEach(t -> province.overlaps().forEach(o -> t.overlaps.put(o.normalizedRef(), new ArrayList<>())));
    }

    private SourceTally tally(String source) {
        SourceTally tally = tallies.get(source);
        if (tally == null) {
            throw new IllegalArgumentException("unknown source " + source);
        }
        return tally;
    }

    void written(String source, Relation relation) {
        tally(source).rows.merge(relation, 1L, Long::sum);
    }

    void planted(String source, Relation relation, RejectRule rule) {
        tally(source)
                .rejected
                .computeIfAbsent(relation, r -> new EnumMap<>(RejectRule.class))
                .merge(rule, 1, Integer::sum);
    }

    /** Takes note of a good task: its bounces, whether it has a lead unit, whether it is a planted overlap. */
    @SuppressWarnings("EnumOrdinal") // a cell's quarter counts each BounceCounter.Kind at its ordinal
    void observe(String source, SimulatedTask simulated) {
        SourceTally tally = tally(source);
        TaskRow task = simulated.task();
        BounceCounter.count(
                simulated,
                buckPassers,
                (org, quarter, kind) -> tally.bounces.computeIfAbsent(org, o -> new TreeMap<>())
                        .computeIfAbsent(quarter, q -> new int[2])[kind.ordinal()]++);
        Quarter assigned = Quarter.of(task.assignedAt());
        if (task.leadOrgCode() == null && !cancelledBefore(task, assigned.asOf())) {
            tally.withoutLead.merge(assigned, 1, Integer::sum);
        }
        String assignee = task.assigneeCode();
        if (assignee != null && province.persons().personCodes().contains(assignee)) {
            PersonFigures.count(
                    simulated,
                    province.calendar().quarters(),
                    (quarter, figure) -> tally.persons.computeIfAbsent(assignee, p -> new TreeMap<>())
                            .computeIfAbsent(quarter, q -> new long[PersonFigures.NAMES.size()])[figure]++);
        }
        if (task.originRef() != null) {
            List<Map<String, Object>> members = tally.overlaps.get(PlannedOverlap.normalize(task.originRef()));
            if (members != null) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("source", source);
                member.put("task_code", task.taskCode());
                member.put("origin_ref", task.originRef());
                member.put("lead_org_code", task.leadOrgCode());
                members.add(member);
            }
        }
    }

    /** docs/metrics.md, Time: a task cancelled before qe is left out of the quarter's populations. */
    private static boolean cancelledBefore(TaskRow task, Instant qe) {
        return task.cancelledAt() != null && task.cancelledAt().isBefore(qe);
    }

    public long rows(String source, Relation relation) {
        return tally(source).rows.getOrDefault(relation, 0L);
    }

    public int rejected(String source, Relation relation) {
        return tally(source).rejected.getOrDefault(relation, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** The largest share of planted bad records in any source's relation (0 when none was planted). */
    public double largestPlantedShare() {
        double largest = 0;
        for (String source : tallies.keySet()) {
            for (Map.Entry<Relation, Long> rows : tally(source).rows.entrySet()) {
                largest = Math.max(largest, rejected(source, rows.getKey()) / (double) rows.getValue());
            }
        }
        return largest;
    }

    /** Sources in their fixed order, each with the relations it delivered. */
    public Map<String, Set<Relation>> relationsBySource() {
        Map<String, Set<Relation>> result = new LinkedHashMap<>();
        tallies.forEach((source, tally) -> result.put(source, tally.rows.keySet()));
        return result;
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", province.size().seed());
        root.put(
                "quarters",
                province.calendar().quarters().stream().map(Quarter::toString).toList());
        Map<String, Object> sources = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        tallies.forEach((source, tally) -> {
            Map<String, Object> relations = new LinkedHashMap<>();
            tally.rows.forEach((relation, written) -> {
                Map<RejectRule, Integer> byRule = tally.rejected.getOrDefault(relation, Map.of());
                Map<String, Object> rules = new LinkedHashMap<>();
                byRule.forEach((rule, n) -> {
                    rules.put(rule.code(), n);
                    totals.merge(rule.code(), n, Integer::sum);
                });
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("rows", written);
                entry.put("accepted", written - rejected(source, relation));
                entry.put("rejected", rules);
                relations.put(relation.tableName(), entry);
            });
            sources.put(source, relations);
        });
        root.put("sources", sources);
        Map<String, Object> byRule = new LinkedHashMap<>();
        for (RejectRule rule : RejectRule.values()) {
            byRule.put(rule.code(), totals.getOrDefault(rule.code(), 0));
        }
        root.put("rejected_by_rule", byRule);
        root.put("merged_org", mergedOrg());
        root.put("buck_passing", buckPassing());
        root.put("overlapping_origin_refs", overlapList());
        Map<String, Object> noLead = new LinkedHashMap<>();
        tallies.forEach((source, tally) -> {
            if (!tally.withoutLead.isEmpty()) {
                noLead.put(source, byQuarterName(tally.withoutLead));
            }
        });
        root.put("tasks_without_lead", noLead);
        root.put("planted_persons", plantedPersons());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write expected.json", e);
        }
    }

    private Map<String, Object> mergedOrg() {
        Merger merger = province.tree().merger();
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("org_code", merger.absorbedCode());
        merged.put("successor_code", merger.absorberCode());
        merged.put("valid_to", merger.mergeDay().minusDays(1).toString());
        merged.put("successors", new LinkedHashMap<String, Object>(merger.successors()));
        return merged;
    }

    @SuppressWarnings("EnumOrdinal") // read back as observe wrote them: each BounceCounter.Kind at its ordinal
    private Map<String, Object> buckPassing() {
        Map<String, Map<Quarter, int[]>> bounces = new TreeMap<>();
        tallies.values().forEach(t -> bounces.putAll(t.bounces));
        Map<String, Object> perCell = new LinkedHashMap<>();
        bounces.forEach((cell, byQuarter) -> {
            Map<String, Object> quarters = new LinkedHashMap<>();
            byQuarter.forEach((quarter, counts) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("returns_out", counts[BounceCounter.Kind.RETURN.ordinal()]);
                entry.put("reversed_transfers", counts[BounceCounter.Kind.REVERSED_TRANSFER.ordinal()]);
                quarters.put(quarter.toString(), entry);
            });
            perCell.put(cell, quarters);
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cells", buckPassers.stream().sorted().toList());
        result.put("bounces", perCell);
        return result;
    }

    private Map<String, Object> plantedPersons() {
        PlantedPersons persons = province.persons();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(
                "heavy_backlog",
                persons.heavyBacklog().stream().map(StaffRow::personCode).toList());
        result.put(
                "late_head",
                Map.of(
                        "person_code",
                        persons.lateHead().personCode(),
                        "org_code",
                        persons.lateHead().orgCode()));
        PlantedPersons.Mover mover = persons.mover();
        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("person_code", mover.personCode());
        moved.put("from_org_code", mover.fromOrgCode());
        moved.put("to_org_code", mover.toOrgCode());
        moved.put("moved_on", mover.movedOn().toString());
        result.put("mover", moved);
        Map<String, Map<Quarter, long[]>> figures = new TreeMap<>();
        tallies.values()
                .forEach(t -> t.persons.forEach((person, byQuarter) -> byQuarter.forEach((quarter, counts) -> {
                    long[] sum = figures.computeIfAbsent(person, p -> new TreeMap<>())
                            .computeIfAbsent(quarter, q -> new long[counts.length]);
                    for (int i = 0; i < counts.length; i++) {
                        sum[i] += counts[i];
                    }
                })));
        Map<String, Object> perPerson = new LinkedHashMap<>();
        figures.forEach((person, byQuarter) -> {
            Map<String, Object> quarters = new LinkedHashMap<>();
            byQuarter.forEach((quarter, counts) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                StaffRow row = staffRowOn(person, quarter.lastDay());
                entry.put("org_code", row == null ? null : row.orgCode());
                entry.put("role", row == null ? null : row.role());
                for (int i = 0; i < counts.length; i++) {
                    entry.put(PersonFigures.NAMES.get(i), counts[i]);
                }
                quarters.put(quarter.toString(), entry);
            });
            perPerson.put(person, quarters);
        });
        result.put("figures", perPerson);
        return result;
    }

    /** The person's staff row valid on {@code day}, the latest valid_from when several; null when none. */
    private StaffRow staffRowOn(String personCode, LocalDate day) {
        return province.tree().staff().stream()
                .filter(s -> s.personCode().equals(personCode) && s.validOn(day))
                .max(Comparator.comparing(StaffRow::validFrom))
                .orElse(null);
    }

    private List<Object> overlapList() {
        List<Object> list = new ArrayList<>();
        for (PlannedOverlap overlap : province.overlaps()) {
            List<Map<String, Object>> members = new ArrayList<>();
            tallies.values().forEach(t -> members.addAll(t.overlaps.get(overlap.normalizedRef())));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("normalized", overlap.normalizedRef());
            entry.put("tasks", members);
            list.add(entry);
        }
        return list;
    }

    private static Map<String, Object> byQuarterName(Map<Quarter, Integer> byQuarter) {
        Map<String, Object> named = new LinkedHashMap<>();
        byQuarter.forEach((q, n) -> named.put(q.toString(), n));
        return named;
    }
}
