package vn.kyluat.etl.support;

/** A small province for tests: a registry and the rows one unit system holds. */
public final class Province {
    private Province() {}

    public static final String REGISTRY = """
      INSERT INTO org_unit VALUES ('BLOC', 'Đảng bộ Khối', NULL, 'bloc_committee', DATE '2020-01-01', NULL, NULL);
      INSERT INTO org_unit VALUES ('G1', 'Đảng bộ Sở A', 'BLOC', 'grassroots_org', DATE '2020-01-01', NULL, NULL);
      INSERT INTO org_unit VALUES ('G2', 'Đảng bộ Sở B', 'BLOC', 'grassroots_org', DATE '2020-01-01', NULL, NULL);
      INSERT INTO org_unit VALUES ('C1', 'Chi bộ 1', 'G1', 'party_cell', DATE '2020-01-01', NULL, NULL);
      INSERT INTO staff VALUES ('P1', 'Nguyễn Văn An', 'G1', 'head', TRUE, DATE '2020-01-01', NULL);
      INSERT INTO staff VALUES ('P2', 'Trần Thị Bình', 'G2', 'member', FALSE, DATE '2021-03-01', NULL);
      """;

    /** Three tasks (T2 completed at 23:30 local on the last day of 2024Q3) and four events. */
    public static final String UNIT = """
      INSERT INTO task VALUES ('T1', 'Báo cáo quý', 'KH-264/1', 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'normal', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
      INSERT INTO task VALUES ('T2', 'Rà soát hồ sơ', 'KH-264/2', 'G2', 'P2', 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-02 09:00:00+07:00', DATE '2024-09-30', 'urgent', 'beyond', 'completed', TIMESTAMP WITH TIME ZONE '2024-09-30 23:30:00+07:00', NULL, TIMESTAMP WITH TIME ZONE '2024-09-30 23:30:00+07:00');
      INSERT INTO task VALUES ('T3', 'Kiểm tra', NULL, NULL, NULL, 'G1', TIMESTAMP WITH TIME ZONE '2024-07-03 10:00:00+07:00', DATE '2024-10-31', 'normal', 'within', 'in_progress', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-03 10:00:00+07:00');
      INSERT INTO task_event VALUES (1, 'T1', 'assigned', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', 'BLOC', 'G1', NULL, NULL);
      INSERT INTO task_event VALUES (2, 'T1', 'transferred', TIMESTAMP WITH TIME ZONE '2024-07-05 08:00:00+07:00', 'G1', 'G2', NULL, 'chuyển');
      INSERT INTO task_event VALUES (3, 'T2', 'extended', TIMESTAMP WITH TIME ZONE '2024-08-01 08:00:00+07:00', NULL, NULL, DATE '2024-09-30', NULL);
      INSERT INTO task_event VALUES (4, 'T2', 'completed', TIMESTAMP WITH TIME ZONE '2024-09-30 23:30:00+07:00', NULL, NULL, NULL, NULL);
      INSERT INTO discipline_action VALUES ('D1', 'P1', 'G1', 'reprimand', 'responsibility_avoidance', DATE '2024-09-01');
      INSERT INTO inspection_finding VALUES ('F1', 'G2', DATE '2024-06-01', DATE '2024-09-30', NULL, 'high');
      """;

    /** A configuration of a registry and one unit database; add {@code extra} source entries. */
    public static String config(String registryUrl, String unitUrl, String extra) {
        return """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: "%s"
            user: sa
          - id: unit-a
            type: jdbc
            url: "%s"
            user: sa
        %s""".formatted(registryUrl, unitUrl, extra);
    }

    /** A PostgreSQL registry and one unit database of {@code unitType} ({@code postgres} or {@code jdbc}) on a server. */
    public static String serverConfig(String user, String registryUrl, String unitType, String unitUrl) {
        return """
        sources:
          - id: registry
            type: postgres
            registry: true
            url: %s
            user: %s
          - id: unit-a
            type: %s
            url: %s
            user: %s
        """.formatted(registryUrl, user, unitType, unitUrl, user);
    }
}
