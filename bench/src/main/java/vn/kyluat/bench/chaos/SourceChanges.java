package vn.kyluat.bench.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes a live unit system makes while an extraction runs, applied to a PostgreSQL unit of the
 * reference schema. Each keeps the final lake of a killed and restarted run, followed by one more
 * run, equal to that of an uninterrupted run followed by one more: new and updated rows carry a later
 * {@code updated_at}; a late commit an earlier one, inside the read window; an event whose task
 * arrives with a later change.
 */
public final class SourceChanges {
    private final String url;
    private final String user;
    private final List<String> orphanTasks = new ArrayList<>();
    private int applied;

    public SourceChanges(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** How many changes were made. */
    public int applied() {
        return applied;
    }

    /** A task sorting first; an update of an existing task; a late commit; an event whose task is not there yet. */
    public void change(int n) {
        String orphan = "ORPHAN-" + n;
        execute(copyOfFirstTask("0-CHAOS-" + n, "(SELECT max(updated_at) FROM task) + INTERVAL '1 second'")
                + "UPDATE task SET title = title || ' (sửa " + n
                + ")', updated_at = (SELECT max(updated_at) FROM task) + INTERVAL '1 second'"
                + " WHERE task_code = (SELECT task_code FROM task WHERE task_code NOT LIKE '%CHAOS%' GROUP BY task_code HAVING count(*) = 1"
                + " ORDER BY task_code OFFSET " + (7 * n + 3) + " LIMIT 1);"
                + copyOfFirstTask("ZZ-LATE-" + n, "(SELECT max(updated_at) FROM task) - INTERVAL '30 minutes'")
                + "INSERT INTO task_event (event_id, task_code, event_type, occurred_at) SELECT max(event_id) + 1, '"
                + orphan
                + "', 'reminded', TIMESTAMPTZ '2025-12-01 09:00:00+07' FROM task_event;");
        orphanTasks.add(orphan);
        applied++;
    }

    /** Deletes the task that sorts first (one a restart has committed already). */
    public void deleteFirstTask() {
        execute("DELETE FROM task WHERE task_code = (SELECT min(task_code) FROM task);");
        applied++;
    }

    /** The tasks of the events inserted before them: the next run accepts the events, retried. */
    public void deliverOrphanTasks() {
        StringBuilder sql = new StringBuilder();
        for (String code : orphanTasks) {
            sql.append(copyOfFirstTask(code, "(SELECT max(updated_at) FROM task) + INTERVAL '1 second'"));
        }
        if (!sql.isEmpty()) {
            execute(sql.toString());
        }
        orphanTasks.clear();
    }

    /** A copy of a completed task with a lead unit under a new code, with the given updated_at; one row, even of a duplicated key. */
    private static String copyOfFirstTask(String code, String updatedAt) {
        return "INSERT INTO task SELECT '" + code
                + "', title, origin_ref, lead_org_code, assignee_code, assigned_by_org_code,"
                + " assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, " + updatedAt
                + " FROM task WHERE task_code = (SELECT min(task_code) FROM task WHERE status = 'completed' AND lead_org_code IS NOT NULL"
                + " AND task_code NOT LIKE '%CHAOS%' AND task_code NOT LIKE 'ORPHAN%' AND task_code NOT LIKE 'ZZ-%')"
                + " ORDER BY updated_at DESC, title LIMIT 1;";
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, System.getenv("PGPASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change " + url + ": " + e.getMessage(), e);
        }
    }
}
