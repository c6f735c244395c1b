-- The reference unit-system schema for MariaDB and MySQL: the tables and columns of schema.sql.
-- MariaDB has no timestamp with time zone: every timestamp is a DATETIME(6) holding Vietnam's local
-- time (+07:00), and the extraction reads a timestamp without zone as exactly that. Codes are
-- VARCHAR rather than TEXT so that they can be indexed. As in schema.sql, no keys or constraints:
-- the pipeline must see bad rows to reject them with the rule they broke.
CREATE TABLE IF NOT EXISTS org_unit (
  org_code       varchar(64),
  name           text,
  parent_code    varchar(64),
  kind           varchar(32),
  valid_from     date,
  valid_to       date,
  successor_code varchar(64)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE IF NOT EXISTS staff (
  person_code  varchar(64),
  full_name    text,
  org_code     varchar(64),
  role         varchar(32),
  party_member boolean,
  valid_from   date,
  valid_to     date
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE IF NOT EXISTS task (
  task_code            varchar(64),
  title                text,
  origin_ref           text,
  lead_org_code        varchar(64),
  assignee_code        varchar(64),
  assigned_by_org_code varchar(64),
  assigned_at          datetime(6),
  due_date             date,
  priority             varchar(32),
  authority            varchar(32),
  status               varchar(32),
  completed_at         datetime(6),
  cancelled_at         datetime(6),
  updated_at           datetime(6)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX IF NOT EXISTS task_updated_at ON task (updated_at, task_code);

CREATE TABLE IF NOT EXISTS task_event (
  event_id      bigint,
  task_code     varchar(64),
  event_type    varchar(32),
  occurred_at   datetime(6),
  from_org_code varchar(64),
  to_org_code   varchar(64),
  new_due_date  date,
  note          text
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX IF NOT EXISTS task_event_id ON task_event (event_id);

CREATE TABLE IF NOT EXISTS discipline_action (
  action_code varchar(64),
  person_code varchar(64),
  org_code    varchar(64),
  kind        varchar(32),
  reason      text,
  decided_at  date
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE IF NOT EXISTS inspection_finding (
  finding_code    varchar(64),
  org_code        varchar(64),
  found_at        date,
  remedy_due_date date,
  remedied_at     date,
  severity        varchar(32)
) DEFAULT CHARSET = utf8mb4;
