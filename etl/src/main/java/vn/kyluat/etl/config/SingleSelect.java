package vn.kyluat.etl.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Whether a relation's SQL only reads: exactly one {@code SELECT} (or {@code WITH … SELECT}), with no
 * {@code INTO}, no {@code FOR UPDATE/SHARE} and no {@code INSERT/UPDATE/DELETE} inside a {@code WITH}.
 * Parsed by JSqlParser, so a statement smuggled after a {@code ;} or a closing parenthesis is seen
 * for what it is. The source's read-only session is the second guard (functions called by a SELECT).
 */
final class SingleSelect {
    private SingleSelect() {}

    /** What makes the SQL more than one read-only SELECT, in a few words; empty when it is one. */
    static Optional<String> problem(String sql) {
        List<Statement> statements;
        // JSqlParser parses in a thread of the executor it is given; its own is left running after a failure.
        ExecutorService parsing = Executors.newSingleThreadExecutor(SingleSelect::daemon);
        try {
            statements = CCJSqlParserUtil.parseStatements(sql, parsing, parser -> {});
        } catch (JSQLParserException e) {
            return Optional.of("SQL that cannot be read as one SELECT (" + firstLine(e) + ")");
        } finally {
            parsing.shutdownNow();
        }
        if (statements.size() != 1) {
            return Optional.of(statements.size() + " statements ("
                    + String.join(
                            ", ", statements.stream().map(SingleSelect::kind).toList()) + ")");
        }
        Statement statement = statements.get(0);
        return statement instanceof Select select ? problemIn(select) : Optional.of(kind(statement));
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "sql-check");
        thread.setDaemon(true);
        return thread;
    }

    private static Optional<String> problemIn(Select select) {
        if (select.getForMode() != null) {
            return Optional.of("FOR " + select.getForMode().getValue());
        }
        if (select.getWithItemsList() != null) {
            for (WithItem<?> with : select.getWithItemsList()) {
                if (!(with.getParenthesedStatement() instanceof ParenthesedSelect inner)) {
                    return Optional.of("a data-modifying WITH (" + kind(with.getParenthesedStatement()) + ")");
                }
                Optional<String> problem = problemIn(inner);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        if (select instanceof PlainSelect plain) {
            return problemIn(plain);
        }
        if (select instanceof SetOperationList set) {
            return set.getSelects().stream()
                    .map(SingleSelect::problemIn)
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        return select instanceof ParenthesedSelect parenthesed ? problemIn(parenthesed.getSelect()) : Optional.empty();
    }

    private static Optional<String> problemIn(PlainSelect plain) {
        if ((plain.getIntoTables() != null && !plain.getIntoTables().isEmpty()) || plain.getIntoTempTable() != null) {
            return Optional.of("SELECT ... INTO");
        }
        Optional<String> problem = problemIn(plain.getFromItem());
        if (problem.isPresent() || plain.getJoins() == null) {
            return problem;
        }
        return plain.getJoins().stream()
                .map(Join::getFromItem)
                .map(SingleSelect::problemIn)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> problemIn(FromItem item) {
        return item instanceof Select select ? problemIn(select) : Optional.empty();
    }

    /** The statement's leading keywords, as JSqlParser writes them back: "DROP TABLE", "COMMIT", "INSERT INTO". */
    private static String kind(Object statement) {
        String[] words = statement.toString().strip().replaceFirst("^\\(", "").split("\\s+");
        String first = words[0].toUpperCase(Locale.ROOT);
        boolean secondIsKeyword = words.length > 1 && words[1].matches("[A-Z]+") && !first.equals("SELECT");
        return secondIsKeyword ? first + " " + words[1] : first;
    }

    private static String firstLine(JSQLParserException e) {
        // "ParseException: Encountered unexpected token: ")" ")"\n    at line 1, column 16.\n\nWas expecting ..."
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .limit(2)
                .collect(Collectors.joining(" "))
                .replaceFirst("^[\\w.$]+Exception: ", "")
                .replaceFirst("token: (\"[^\"]*\") \\1", "token: $1")
                .replaceFirst("\\.$", "");
    }
}
