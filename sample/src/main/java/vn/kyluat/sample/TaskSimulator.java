package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.Zone;

/**
 * Plays out the life of one task from its assignment to its completion, cancellation or the export
 * snapshot, driven by the behaviour of its lead unit: buck-passing episodes (a return to the
 * assigner, or a transfer that comes back), plain transfers, escalations, extensions, reminders,
 * on-time or late completion, the odd reopening, and the transfer forced by the merger when the
 * holder is dissolved. Pure: the same spec and random state give the same task.
 */
public final class TaskSimulator {
    static final String NOTE_MERGER = "Chuyển do sáp nhập tổ chức";
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final long WORKDAY_START = 7 * HOUR + 30 * MINUTE;
    private static final long WORKDAY_LENGTH = 9 * HOUR + 30 * MINUTE;

    private final ProvinceRegistry tree;
    private final SampleCalendar calendar;
    private final long snapshot;

    public TaskSimulator(ProvinceRegistry tree, SampleCalendar calendar) {
        this.tree = tree;
        this.calendar = calendar;
        this.snapshot = calendar.snapshot().getEpochSecond();
    }

    public SimulatedTask simulate(TaskSpec spec, SplittableRandom rng) {
        Life life = new Life(spec, rng);
        life.add(
                EventType.ASSIGNED,
                spec.assignedAt().getEpochSecond(),
                spec.assignedBy().orgCode(),
                code(spec.lead()),
                null,
                null);
        Behaviour behaviour =
                spec.lead() == null ? Behaviour.DILIGENT : spec.lead().behaviour();
        if (!spec.urgent() && spec.lead() != null) {
            life.handOffs(behaviour);
            life.escalation(behaviour);
            life.extensions(behaviour);
        }
        life.finish(behaviour);
        return life.result();
    }

    private static String code(OrgUnitRow org) {
        return org == null ? null : org.orgCode();
    }

    static LocalDate day(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + Zone.VIETNAM.getTotalSeconds(), DAY));
    }

    static long startOfDay(LocalDate day) {
        return day.toEpochDay() * DAY - Zone.VIETNAM.getTotalSeconds();
    }

    /** The state of one task while it is being played out. */
    private final class Life {
        private final TaskSpec spec;
        private final SplittableRandom rng;
        private final List<TaskEvent> events = new ArrayList<>(8);
        private long last;
        private OrgUnitRow holder;
        private LocalDate effectiveDue;
        private boolean stopped;
        private Instant completedAt;
        private Instant cancelledAt;

        Life(TaskSpec spec, SplittableRandom rng) {
            this.spec = spec;
            this.rng = rng;
            this.holder = spec.lead();
            this.effectiveDue = spec.dueDate();
        }

        /**
         * Moves the clock to {@code t} (at least a minute after the last event), first handing the task
         * to the successor of a holder dissolved meanwhile. -1 once the export snapshot is passed.
         */
        @SuppressWarnings("ReferenceEquality") // resolve returns the holder itself unless it was dissolved
        long at(long t) {
            if (stopped) {
                return -1;
            }
            long when = Math.max(t, last + MINUTE);
            if (holder != null && when < snapshot) {
                OrgUnitRow successor = tree.resolve(holder, day(when));
                if (successor != holder) {
                    long mergedAt = Math.max(startOfDay(holder.validTo().plusDays(1)) + 7 * HOUR, last + MINUTE);
                    handTo(EventType.TRANSFERRED, mergedAt, successor, NOTE_MERGER);
                    when = Math.max(when, mergedAt + MINUTE);
                }
            }
            if (when >= snapshot) {
                stopped = true;
                return -1;
            }
            return when;
        }

        void add(String type, long t, String from, String to, LocalDate newDue, String note) {
            events.add(new TaskEvent(type, Instant.ofEpochSecond(t), from, to, newDue, note));
            last = t;
        }

        void handTo(String type, long t, OrgUnitRow to, String note) {
            add(type, t, holder.orgCode(), to.orgCode(), null, note);
            holder = to;
        }

        OrgUnitRow assigner(long t) {
            return tree.resolve(spec.assignedBy(), day(t));
        }

        void handOffs(Behaviour behaviour) {
            double r = rng.nextDouble();
            if (r < behaviour.bounce) {
                bounce();
                if (behaviour == Behaviour.BUCK_PASSING && rng.nextDouble() < 0.3) {
                    bounce();
                }
            } else if (r < behaviour.bounce + behaviour.transfer) {
                long t = at(last + DAY + rng.nextLong(9 * DAY));
                List<OrgUnitRow> peers = t < 0 ? List.of() : tree.peers(holder, day(t));
                if (!peers.isEmpty()) {
                    handTo(EventType.TRANSFERRED, t, pick(peers), "Chuyển đơn vị phù hợp");
                }
            }
        }

        /** A return to the assigner who hands the task out again, or a transfer to a peer that comes back. */
        void bounce() {
            long t = at(last + 2 * HOUR + rng.nextLong(70 * HOUR));
            if (t < 0) {
                return;
            }
            OrgUnitRow passer = holder;
            List<OrgUnitRow> peers = tree.peers(passer, day(t));
            if (peers.isEmpty() || rng.nextBoolean()) {
                OrgUnitRow assigner = assigner(t);
                if (assigner.orgCode().equals(passer.orgCode())) {
                    return;
                }
                handTo(EventType.RETURNED, t, assigner, "Trả lại: không thuộc chức năng");
                long again = at(t + DAY + rng.nextLong(3 * DAY));
                if (again >= 0) {
                    OrgUnitRow next =
                            peers.isEmpty() || rng.nextDouble() < 0.6 ? tree.resolve(passer, day(again)) : pick(peers);
                    handTo(EventType.TRANSFERRED, again, next, "Giao lại");
                }
            } else {
                handTo(EventType.TRANSFERRED, t, pick(peers), "Đề nghị đơn vị khác chủ trì");
                long back = at(t + 2 * DAY + rng.nextLong(8 * DAY));
                if (back >= 0) {
                    OrgUnitRow original = tree.resolve(passer, day(back));
                    if (!original.orgCode().equals(holder.orgCode())) {
                        handTo(
                                rng.nextDouble() < 0.6 ? EventType.RETURNED : EventType.TRANSFERRED,
                                back,
                                original,
                                "Chuyển trả");
                    }
                }
            }
        }

        void escalation(Behaviour behaviour) {
            double chance = spec.withinAuthority() ? behaviour.escalateWithin : 0.3;
            if (rng.nextDouble() >= chance) {
                return;
            }
            long t = at(last + 4 * HOUR + rng.nextLong(92 * HOUR));
            if (t >= 0 && holder.parentCode() != null) {
                OrgUnitRow above = tree.resolve(tree.parent(holder), day(t));
                add(EventType.ESCALATED, t, holder.orgCode(), above.orgCode(), null, "Xin ý kiến cấp trên");
            }
        }

        void extensions(Behaviour behaviour) {
            if (rng.nextDouble() >= behaviour.extend) {
                return;
            }
            int count = rng.nextDouble() < behaviour.multiExtend ? 2 + rng.nextInt(3) : 1;
            for (int i = 0; i < count; i++) {
                long t = at(Math.max(last + HOUR, startOfDay(effectiveDue) - DAY * (1 + rng.nextInt(4)) + 9 * HOUR));
                if (t < 0) {
                    return;
                }
                LocalDate from = effectiveDue.isAfter(day(t)) ? effectiveDue : day(t);
                effectiveDue = from.plusDays(5 + rng.nextInt(26));
                add(EventType.EXTENDED, t, assigner(t).orgCode(), holder.orgCode(), effectiveDue, "Gia hạn xử lý");
            }
        }

        void finish(Behaviour behaviour) {
            if (spec.mayCancel() && rng.nextDouble() < 0.02) {
                long end = last + DAY + rng.nextLong(20 * DAY);
                remind(end, 1);
                long t = at(end);
                if (t >= 0) {
                    add(EventType.CANCELLED, t, assigner(t).orgCode(), null, null, "Hủy nhiệm vụ");
                    cancelledAt = Instant.ofEpochSecond(t);
                }
                return;
            }
            boolean stalls = rng.nextDouble() < (behaviour == Behaviour.SLOW ? 0.06 : 0.03);
            if (stalls || spec.fate() == PlantedPersons.Fate.NEVER_DONE) {
                remind(startOfDay(effectiveDue) + DAY * (3 + rng.nextInt(200)), 3);
                return;
            }
            long target = completionTarget(behaviour);
            remind(target, spec.urgent() ? 1 : 3);
            complete(target);
            if (completedAt != null && rng.nextDouble() < 0.01) {
                long t = at(last + DAY + rng.nextLong(4 * DAY));
                if (t >= 0) {
                    completedAt = null;
                    add(EventType.REOPENED, t, assigner(t).orgCode(), code(holder), null, "Yêu cầu làm lại");
                    complete(t + DAY + rng.nextLong(9 * DAY));
                }
            }
        }

        long completionTarget(Behaviour behaviour) {
            double onTime = spec.fate() == PlantedPersons.Fate.LATE
                    ? 0
                    : spec.urgent()
                            ? 0.85
                            : Math.min(
                                    0.97,
                                    behaviour.onTime
                                            + 0.015
                                                    * calendar.quarterIndex(day(
                                                            spec.assignedAt().getEpochSecond())));
            long earliest = last + 30 * MINUTE;
            long dueEnd = startOfDay(effectiveDue) + 17 * HOUR;
            long latest = spec.urgent() ? Math.min(dueEnd, earliest + 48 * HOUR) : dueEnd;
            if (rng.nextDouble() < onTime && earliest < latest) {
                return earliest + rng.nextLong(latest - earliest);
            }
            int lateDays;
            double r = rng.nextDouble();
            if (spec.urgent()) {
                lateDays = 1 + rng.nextInt(5);
            } else if (r < 0.8) {
                lateDays = 1 + rng.nextInt(30);
            } else if (r < 0.95) {
                lateDays = 31 + rng.nextInt(60);
            } else {
                lateDays = 91 + rng.nextInt(210);
            }
            return Math.max(
                    earliest,
                    startOfDay(effectiveDue.plusDays(lateDays)) + WORKDAY_START + rng.nextLong(WORKDAY_LENGTH));
        }

        /** Up to {@code most} reminders from the assigner, spread between now and {@code until}. */
        void remind(long until, int most) {
            if (rng.nextDouble() >= 0.85 || until <= last + HOUR) {
                return;
            }
            int count = 1 + rng.nextInt(most);
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                times[i] = last + HOUR + rng.nextLong(until - last - HOUR);
            }
            Arrays.sort(times);
            for (long time : times) {
                long t = at(time);
                if (t < 0) {
                    return;
                }
                add(EventType.REMINDED, t, assigner(t).orgCode(), code(holder), null, "Nhắc việc");
            }
        }

        void complete(long target) {
            long t = at(target);
            if (t >= 0) {
                add(EventType.COMPLETED, t, code(holder), null, null, null);
                completedAt = Instant.ofEpochSecond(t);
            }
        }

        OrgUnitRow pick(List<OrgUnitRow> orgs) {
            return orgs.get(rng.nextInt(orgs.size()));
        }

        SimulatedTask result() {
            String status = cancelledAt != null
                    ? "cancelled"
                    : completedAt != null ? "completed" : events.size() > 1 ? "in_progress" : "open";
            TaskRow task = new TaskRow(
                    spec.taskCode(),
                    spec.title(),
                    spec.originRef(),
                    code(spec.lead()),
                    spec.assigneeCode(),
                    spec.assignedBy().orgCode(),
                    spec.assignedAt(),
                    spec.dueDate(),
                    spec.urgent() ? "urgent" : "normal",
                    spec.withinAuthority() ? "within" : "beyond",
                    status,
                    completedAt,
                    cancelledAt,
                    events.get(events.size() - 1).occurredAt());
            return new SimulatedTask(task, List.copyOf(events));
        }
    }
}
