package vn.kyluat.etl.config;

/** A JDBC database to connect to; the password comes from an environment variable and is never printed. */
public record JdbcTarget(String url, String user, String password) {

  @Override
  public String toString() {
    return url + (user == null ? "" : " as " + user);
  }
}
