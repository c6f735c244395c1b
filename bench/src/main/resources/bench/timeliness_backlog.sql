-- METRICS.md §4 timeliness and backlog, own scope, per quarter and holder at qe: the DuckDB
-- reference of `ops bench analyze`. Instants become local (+07:00) microseconds; a quarter's qe is
-- local midnight. A holder counts under the unit standing for it on the quarter's last day (itself, or
-- its successor when dissolved). Placeholders (dollar, braces): quarters (VALUES rows), org_files,
-- task_files, event_files.
SET TimeZone = 'UTC';

CREATE OR REPLACE TEMP TABLE quarters AS
SELECT quarter, qs, qe, epoch_us(qs::TIMESTAMP) AS qs_us, epoch_us(qe::TIMESTAMP) AS qe_us
FROM (VALUES ${quarters}) v(quarter, qs, qe);

CREATE OR REPLACE TEMP TABLE codes AS
SELECT q.quarter, o.org_code, max(o.successor_code) AS successor_code,
       bool_or(o.valid_from <= q.qe - 1 AND (o.valid_to IS NULL OR q.qe - 1 <= o.valid_to)) AS is_valid
FROM read_parquet(${org_files}) o CROSS JOIN quarters q
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE own_unit AS
WITH RECURSIVE walk(quarter, org_code, standing, is_valid, depth) AS (
  SELECT quarter, org_code, org_code, is_valid, 0 FROM codes
  UNION ALL
  SELECT w.quarter, w.org_code, n.org_code, n.is_valid, w.depth + 1
  FROM walk w
  JOIN codes c ON c.quarter = w.quarter AND c.org_code = w.standing
  JOIN codes n ON n.quarter = w.quarter AND n.org_code = c.successor_code
  WHERE NOT w.is_valid AND w.depth < 20
)
SELECT quarter, org_code, standing FROM walk WHERE is_valid;

CREATE OR REPLACE TEMP TABLE tasks AS
SELECT source_id, task_code, lead_org_code, due_date,
       epoch_us(assigned_at::TIMESTAMP) + 25200000000 AS assigned_us,
       epoch_us(completed_at::TIMESTAMP) + 25200000000 AS completed_us,
       CAST(make_timestamp(epoch_us(completed_at::TIMESTAMP) + 25200000000) AS DATE) AS completed_date,
       epoch_us(cancelled_at::TIMESTAMP) + 25200000000 AS cancelled_us
FROM read_parquet(${task_files});

-- Holder changes count until completion (later ones are noise, as in the Spark job); extensions always.
CREATE OR REPLACE TEMP TABLE changes AS
SELECT e.source_id, e.task_code, e.event_id, e.event_type = 'extended' AS is_extension,
       epoch_us(e.occurred_at::TIMESTAMP) + 25200000000 AS occurred_us, e.to_org_code, e.new_due_date
FROM read_parquet(${event_files}) e
JOIN tasks t USING (source_id, task_code)
WHERE e.event_type = 'extended'
   OR (e.event_type IN ('transferred', 'returned')
       AND (t.completed_us IS NULL OR epoch_us(e.occurred_at::TIMESTAMP) + 25200000000 <= t.completed_us));

-- As of qe: the last change and extension before qe (ties by event_id), and the extensions so far.
CREATE OR REPLACE TEMP TABLE state_at_qe AS
SELECT c.source_id, c.task_code, q.quarter,
       arg_max_null(c.to_org_code, {'at': c.occurred_us, 'id': c.event_id}) FILTER (WHERE NOT c.is_extension) AS last_holder,
       count(*) FILTER (WHERE NOT c.is_extension) AS holder_changes,
       arg_max_null(c.new_due_date, {'at': c.occurred_us, 'id': c.event_id}) FILTER (WHERE c.is_extension) AS last_due,
       count(*) FILTER (WHERE c.is_extension) AS extensions
FROM changes c JOIN quarters q ON c.occurred_us < q.qe_us
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE facts AS
SELECT q.quarter, q.qs, q.qe,
       CASE WHEN s.holder_changes > 0 THEN coalesce(s.last_holder, t.lead_org_code) ELSE t.lead_org_code END AS org_code,
       CASE WHEN s.extensions > 0 THEN coalesce(s.last_due, t.due_date) ELSE t.due_date END AS eff_due,
       coalesce(s.extensions, 0) AS extensions,
       t.due_date, t.completed_date,
       coalesce(t.completed_us < q.qe_us, false) AS completed_by_qe
FROM tasks t
JOIN quarters q ON t.assigned_us < q.qe_us AND (t.cancelled_us IS NULL OR t.cancelled_us >= q.qe_us)
LEFT JOIN state_at_qe s ON s.source_id = t.source_id AND s.task_code = t.task_code AND s.quarter = q.quarter;

CREATE OR REPLACE TEMP TABLE reference AS
WITH flagged AS (
  SELECT *, eff_due >= qs AND eff_due < qe AS due_in_q, NOT completed_by_qe AND eff_due < qe AS overdue,
         qe - eff_due AS days_overdue
  FROM facts JOIN own_unit u USING (quarter, org_code)
), counts AS (
  SELECT quarter, standing AS org_code,
         count(*) FILTER (WHERE due_in_q) AS tasks_due,
         count(*) FILTER (WHERE due_in_q AND completed_by_qe AND completed_date <= eff_due) AS done_on_time,
         count(*) FILTER (WHERE due_in_q AND completed_by_qe AND completed_date > eff_due) AS done_late,
         count(*) FILTER (WHERE due_in_q AND completed_by_qe AND completed_date <= due_date) AS strict_on_time,
         count(*) FILTER (WHERE due_in_q AND extensions >= 1) AS extended_tasks,
         count(*) FILTER (WHERE due_in_q AND extensions >= 2) AS multi_extended_tasks,
         count(*) FILTER (WHERE overdue) AS backlog_overdue,
         count(*) FILTER (WHERE overdue AND days_overdue BETWEEN 1 AND 30) AS backlog_1_30,
         count(*) FILTER (WHERE overdue AND days_overdue BETWEEN 31 AND 90) AS backlog_31_90,
         count(*) FILTER (WHERE overdue AND days_overdue BETWEEN 91 AND 180) AS backlog_91_180,
         count(*) FILTER (WHERE overdue AND days_overdue > 180) AS backlog_over_180
  FROM flagged WHERE due_in_q OR overdue
  GROUP BY quarter, standing
)
SELECT quarter, org_code, tasks_due, done_on_time, done_late,
       tasks_due - done_on_time - done_late AS overdue_open,
       done_on_time / nullif(tasks_due, 0) AS on_time_rate,
       (done_on_time + done_late) / nullif(tasks_due, 0) AS completion_rate,
       strict_on_time / nullif(tasks_due, 0) AS strict_on_time_rate,
       extended_tasks, multi_extended_tasks,
       backlog_overdue, backlog_1_30, backlog_31_90, backlog_91_180, backlog_over_180
FROM counts;
