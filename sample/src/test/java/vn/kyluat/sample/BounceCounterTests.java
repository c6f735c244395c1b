package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.Zone;

class BounceCounterTests {
    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(9, 0).toInstant(Zone.VIETNAM);
    }

    private static TaskEvent handOff(String type, String day, String from, String to) {
        return new TaskEvent(type, at(day), from, to, null, null);
    }

    private static List<String> count(Instant cancelledAt, TaskEvent... events) {
        TaskRow task = new TaskRow(
                "T1",
                "t",
                null,
                "A",
                null,
                "G",
                at("2024-01-02"),
                LocalDate.parse("2024-12-31"),
                "normal",
                "within",
                cancelledAt == null ? "open" : "cancelled",
                null,
                cancelledAt,
                at("2024-12-01"));
        List<TaskEvent> all = new ArrayList<>();
        all.add(handOff(EventType.ASSIGNED, "2024-01-02", "G", "A"));
        all.addAll(List.of(events));
        List<String> bounces = new ArrayList<>();
        BounceCounter.count(
                new SimulatedTask(task, all), Set.of("A"), (org, q, kind) -> bounces.add(org + " " + q + " " + kind));
        return bounces;
    }

    @Test
    void aTransferThatComesBackInTheQuarterIsReversed() {
        assertThat(count(
                        null,
                        handOff(EventType.TRANSFERRED, "2024-02-01", "A", "B"),
                        handOff(EventType.RETURNED, "2024-02-10", "B", "A")))
                .containsExactly("A 2024Q1 REVERSED_TRANSFER");
    }

    @Test
    void aTransferThatComesBackOnlyNextQuarterIsNotReversedInItsOwn() {
        assertThat(count(
                        null,
                        handOff(EventType.TRANSFERRED, "2024-03-25", "A", "B"),
                        handOff(EventType.TRANSFERRED, "2024-04-02", "B", "A")))
                .isEmpty();
    }

    @Test
    void aReturnCountsForTheOrganisationThatReturns() {
        assertThat(count(
                        null,
                        handOff(EventType.RETURNED, "2024-05-01", "A", "G"),
                        handOff(EventType.TRANSFERRED, "2024-05-03", "G", "A")))
                .containsExactly("A 2024Q2 RETURN");
    }

    @Test
    void eventsOfATaskCancelledBeforeTheQuarterEndDoNotCount() {
        TaskEvent returned = handOff(EventType.RETURNED, "2024-05-01", "A", "G");
        assertThat(count(at("2024-06-15"), returned)).isEmpty();
        assertThat(count(at("2024-07-15"), returned)).containsExactly("A 2024Q2 RETURN");
    }
}
