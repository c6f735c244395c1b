package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analytics packages form layers (README, "package map"): no package may reach itself through the
 * imports of the main source tree. Read from the import lines, without Spark.
 */
class PackageLayeringTests {
    private static final Path MAIN = Path.of("src", "main", "java", "vn", "kyluat", "analytics");
    private static final String ROOT = "(root)";
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?vn\\.kyluat\\.analytics((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    /** An import of one analytics package by another: the importing file, the imported package. */
    record Edge(String from, String to, String file) {}

    @Test
    void noPackageImportsItselfThroughOthers() {
        List<Edge> edges = importsBetweenPackages();
        Optional<List<String>> cycle = firstCycle(edges);

        assertThat(cycle)
                .withFailMessage(() -> "package cycle " + String.join(" -> ", cycle.orElseThrow()) + ", through "
                        + importsAlong(cycle.orElseThrow(), edges))
                .isEmpty();
    }

    @Test
    void theImportsAreRead() {
        assertThat(importsBetweenPackages())
                .extracting(Edge::from, Edge::to)
                .contains(tuple(ROOT, "metrics"), tuple("peers", "metrics"), tuple("metrics", "intermediate"));
    }

    @Test
    void aCycleIsFound() {
        List<Edge> edges =
                List.of(new Edge("a", "b", "a/A.java"), new Edge("b", "c", "b/B.java"), new Edge("c", "b", "c/C.java"));

        assertThat(firstCycle(edges)).contains(List.of("b", "c", "b"));
    }

    private static List<Edge> importsBetweenPackages() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(PackageLayeringTests::importsOf)
                    .filter(e -> !e.from().equals(e.to()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Edge> importsOf(Path file) {
        String from = packageOf(MAIN.relativize(file.getParent()).toString());
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(IMPORT::matcher)
                    .filter(Matcher::find)
                    .map(m -> new Edge(
                            from,
                            packageOf(m.group(1).replaceFirst("^\\.", "")),
                            MAIN.relativize(file).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(String relative) {
        return relative.isEmpty() ? ROOT : relative.replace('/', '.').replace('\\', '.');
    }

    /** A path p0 -> p1 -> … -> p0 through the imports, found depth first in name order, if any. */
    static Optional<List<String>> firstCycle(List<Edge> edges) {
        Map<String, Set<String>> next = new TreeMap<>();
        edges.forEach(e -> next.computeIfAbsent(e.from(), k -> new TreeSet<>()).add(e.to()));
        Set<String> done = new TreeSet<>();
        for (String start : next.keySet()) {
            Optional<List<String>> cycle = cycleFrom(start, next, new ArrayList<>(), done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> cycleFrom(
            String pkg, Map<String, Set<String>> next, List<String> path, Set<String> done) {
        int seen = path.indexOf(pkg);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(pkg);
            return Optional.of(cycle);
        }
        if (done.contains(pkg)) {
            return Optional.empty();
        }
        path.add(pkg);
        for (String to : next.getOrDefault(pkg, Set.of())) {
            Optional<List<String>> cycle = cycleFrom(to, next, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(pkg);
        return Optional.empty();
    }

    /** For each step of the cycle, the files whose imports make it. */
    private static String importsAlong(List<String> cycle, List<Edge> edges) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get(i + 1);
            steps.add(from + " -> " + to + ": "
                    + edges.stream()
                            .filter(e -> e.from().equals(from) && e.to().equals(to))
                            .map(Edge::file)
                            .distinct()
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        return String.join("; ", steps);
    }
}
