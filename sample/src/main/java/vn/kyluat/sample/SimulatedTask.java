package vn.kyluat.sample;

import java.util.List;

/** A task row and its events in the order they happened (strictly increasing occurred_at). */
public record SimulatedTask(TaskRow task, List<TaskEvent> events) {}
