package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.Zone;

class TaskSimulatorTests {
    private static final Province PROVINCE = ProvincePlanner.plan(new ProvinceSize(11, 10, 50, 8, 6000, 0));
    private static final List<SimulatedTask> TASKS = new ArrayList<>();

    @BeforeAll
    static void simulateEveryUnit() {
        TaskSimulator simulator = new TaskSimulator(PROVINCE.tree(), PROVINCE.calendar());
        for (TaskUnit unit : PROVINCE.units()) {
            TaskSpecFactory specs = new TaskSpecFactory(PROVINCE, unit);
            SplittableRandom rng = Seeds.stream(11, unit.salt());
            for (long i = 0; i < unit.tasks(); i++) {
                TASKS.add(simulator.simulate(specs.next(i, unit.tag() + "-" + i, rng), rng));
            }
        }
    }

    @Test
    void everyTaskStartsWithItsAssignment() {
        assertThat(TASKS).hasSize(6000).allSatisfy(t -> {
            TaskEvent first = t.events().get(0);
            assertThat(first.type()).isEqualTo(EventType.ASSIGNED);
            assertThat(first.occurredAt()).isEqualTo(t.task().assignedAt());
            assertThat(first.fromOrgCode()).isEqualTo(t.task().assignedByOrgCode());
            assertThat(first.toOrgCode()).isEqualTo(t.task().leadOrgCode());
            assertThat(t.task().dueDate())
                    .isAfterOrEqualTo(Zone.localDate(t.task().assignedAt()));
        });
    }

    @Test
    void eventsAreInStrictTimeOrderBeforeTheExportAndTheLatestIsUpdatedAt() {
        assertThat(TASKS).allSatisfy(t -> {
            for (int i = 1; i < t.events().size(); i++) {
                assertThat(t.events().get(i).occurredAt())
                        .isAfter(t.events().get(i - 1).occurredAt());
            }
            Instant last = t.events().get(t.events().size() - 1).occurredAt();
            assertThat(last).isBefore(PROVINCE.calendar().snapshot());
            assertThat(t.task().updatedAt()).isEqualTo(last);
        });
    }

    @Test
    void transfersAndReturnsComeFromTheHolderAndGoSomewhereElse() {
        assertThat(TASKS).filteredOn(t -> t.task().leadOrgCode() != null).allSatisfy(t -> {
            String holder = t.task().leadOrgCode();
            for (TaskEvent e : t.events()) {
                if (e.changesHolder()) {
                    assertThat(e.fromOrgCode()).isEqualTo(holder);
                    assertThat(e.toOrgCode()).isNotNull().isNotEqualTo(holder);
                    holder = e.toOrgCode();
                }
                if (e.type().equals(EventType.COMPLETED)) {
                    assertThat(e.fromOrgCode()).isEqualTo(holder);
                }
                if (e.toOrgCode() != null) {
                    LocalDate day = Zone.localDate(e.occurredAt());
                    assertThat(PROVINCE.tree().get(e.toOrgCode()).validOn(day))
                            .as("%s on %s", e.toOrgCode(), day)
                            .isTrue();
                }
            }
        });
    }

    @Test
    void theStatusMatchesTheLastEvent() {
        assertThat(TASKS).allSatisfy(t -> {
            TaskRow task = t.task();
            TaskEvent last = t.events().get(t.events().size() - 1);
            switch (task.status()) {
                case "completed" -> {
                    assertThat(last.type()).isEqualTo(EventType.COMPLETED);
                    assertThat(task.completedAt()).isEqualTo(last.occurredAt());
                    assertThat(task.cancelledAt()).isNull();
                }
                case "cancelled" -> {
                    assertThat(last.type()).isEqualTo(EventType.CANCELLED);
                    assertThat(task.cancelledAt()).isEqualTo(last.occurredAt());
                    assertThat(task.completedAt()).isNull();
                }
                case "in_progress" -> assertThat(t.events()).hasSizeGreaterThan(1);
                default -> assertThat(t.events()).hasSize(1);
            }
        });
    }

    @Test
    void extensionsMoveTheDueDateLaterEveryTime() {
        assertThat(TASKS).allSatisfy(t -> {
            LocalDate due = t.task().dueDate();
            for (TaskEvent e : t.events()) {
                if (e.type().equals(EventType.EXTENDED)) {
                    assertThat(e.newDueDate()).isAfter(due);
                    due = e.newDueDate();
                }
            }
        });
    }

    @Test
    void tasksOfDissolvedHoldersMoveToTheirSuccessorsOnTheMergerDay() {
        Merger merger = PROVINCE.tree().merger();
        List<TaskEvent> moves = TASKS.stream()
                .flatMap(t -> t.events().stream())
                .filter(e -> TaskSimulator.NOTE_MERGER.equals(e.note()))
                .toList();
        assertThat(moves).isNotEmpty().allSatisfy(e -> {
            assertThat(e.toOrgCode()).isEqualTo(merger.successors().get(e.fromOrgCode()));
            assertThat(Zone.localDate(e.occurredAt())).isAfterOrEqualTo(merger.mergeDay());
        });
    }

    @Test
    void mostTasksAreOnTimeAndEveryPatternShows() {
        long completed =
                TASKS.stream().filter(t -> t.task().completedAt() != null).count();
        long onTime = TASKS.stream()
                .filter(t -> t.task().completedAt() != null
                        && !Zone.localDate(t.task().completedAt()).isAfter(effectiveDue(t)))
                .count();
        assertThat((double) onTime / completed).isBetween(0.6, 0.95);
        for (String type : List.of(
                EventType.TRANSFERRED,
                EventType.RETURNED,
                EventType.EXTENDED,
                EventType.ESCALATED,
                EventType.REMINDED,
                EventType.REOPENED,
                EventType.CANCELLED)) {
            assertThat(TASKS.stream().flatMap(t -> t.events().stream()))
                    .as(type)
                    .anyMatch(e -> e.type().equals(type));
        }
        assertThat(TASKS).anyMatch(t -> t.task().leadOrgCode() == null);
        assertThat(TASKS)
                .anyMatch(t -> t.task().priority().equals("urgent") && t.task().completedAt() != null);
        assertThat(TASKS)
                .anyMatch(t -> t.events().stream()
                                .filter(e -> e.type().equals(EventType.EXTENDED))
                                .count()
                        >= 3);
        assertThat(TASKS)
                .anyMatch(t ->
                        t.task().status().equals("open") || t.task().status().equals("in_progress"));
    }

    @Test
    void buckPassingCellsBounceFarMoreThanOthers() {
        java.util.Set<String> passers = new java.util.HashSet<>(PROVINCE.tree().cellsBehaving(Behaviour.BUCK_PASSING));
        double passerRate = bounceRate(t -> passers.contains(t.task().leadOrgCode()));
        double otherRate = bounceRate(t ->
                t.task().leadOrgCode() != null && !passers.contains(t.task().leadOrgCode()));
        assertThat(passerRate).isGreaterThan(5 * otherRate);
    }

    private static double bounceRate(java.util.function.Predicate<SimulatedTask> which) {
        List<SimulatedTask> tasks = TASKS.stream().filter(which).toList();
        long bounced = tasks.stream()
                .filter(t -> t.events().stream().anyMatch(e -> e.type().equals(EventType.RETURNED)))
                .count();
        return (double) bounced / tasks.size();
    }

    private static LocalDate effectiveDue(SimulatedTask t) {
        LocalDate due = t.task().dueDate();
        for (TaskEvent e : t.events()) {
            if (e.type().equals(EventType.EXTENDED)) {
                due = e.newDueDate();
            }
        }
        return due;
    }
}
