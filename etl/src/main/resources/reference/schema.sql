-- The reference unit-system schema. Runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode, so embedded demo units are read over JDBC exactly as a PostgreSQL unit is.
-- MariaDB and MySQL run schema-mariadb.sql, the same tables with local DATETIME(6) timestamps.
-- No keys, NOT NULL or CHECK constraints: real unit systems deliver bad rows, and the pipeline
-- must see them to reject them with the rule they broke.
CREATE TABLE IF NOT EXISTS org_unit (
  org_code       text,
  name           text,
  parent_code    text,
  kind           text,
  valid_from     date,
  valid_to       date,
  successor_code text
);

CREATE TABLE IF NOT EXISTS staff (
  person_code  text,
  full_name    text,
  org_code     text,
  role         text,
  party_member boolean,
  valid_from   date,
  valid_to     date
);

-- No or CHECK constraints on task data beyond the key: real unit systems deliver bad
-- rows, and the pipeline must see them to reject them with the rule they broke.
CREATE TABLE IF NOT EXISTS task (
  task_code            text,
  title                text,
  origin_ref           text,
  lead_org_code        text,
  assignee_code        text,
  assigned_by_org_code text,
  assigned_at          timestamp with time zone,
  due_date             date,
  priority             text,
  authority            text,
  status               text,
  completed_at         timestamp with time zone,
  cancelled_at         timestamp with time zone,
  updated_at           timestamp with time zone
);
CREATE INDEX IF NOT EXISTS task_updated_at ON task (updated_at, task_code);

CREATE TABLE IF NOT EXISTS task_event (
  event_id      bigint,
  task_code     text,
  event_type    text,
  occurred_at   timestamp with time zone,
  from_org_code text,
  to_org_code   text,
  new_due_date  date,
  note          text
);
CREATE INDEX IF NOT EXISTS task_event_id ON task_event (event_id);

CREATE TABLE IF NOT EXISTS discipline_action (
  action_code text,
  person_code text,
  org_code    text,
  kind        text,
  reason      text,
  decided_at  date
);

CREATE TABLE IF NOT EXISTS inspection_finding (
  finding_code    text,
  org_code        text,
  found_at        date,
  remedy_due_date date,
  remedied_at     date,
  severity        text
);
