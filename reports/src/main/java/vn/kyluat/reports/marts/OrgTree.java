package vn.kyluat.reports.marts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organisation tree of one quarter, as the mart's {@code parent_code} column draws it. */
public final class OrgTree {
    private final Map<String, OrgQuarter> byCode;
    private final Map<String, List<OrgQuarter>> children;

    private OrgTree(Map<String, OrgQuarter> byCode, Map<String, List<OrgQuarter>> children) {
        this.byCode = byCode;
        this.children = children;
    }

    /** A tree from the subtree rows of one quarter. */
    public static OrgTree of(List<OrgQuarter> rows) {
        Map<String, OrgQuarter> byCode = new LinkedHashMap<>();
        Map<String, List<OrgQuarter>> children = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(OrgQuarter::orgCode)).forEach(row -> {
            byCode.put(row.orgCode(), row);
            if (row.parentCode() != null) {
                children.computeIfAbsent(row.parentCode(), k -> new ArrayList<>())
                        .add(row);
            }
        });
        return new OrgTree(byCode, children);
    }

    public Optional<OrgQuarter> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The top of the tree: the bloc committee, or whatever has no parent inside the rows. */
    public OrgQuarter root() {
        return byCode.values().stream()
                .filter(r -> r.parentCode() == null || !byCode.containsKey(r.parentCode()))
                .min(Comparator.comparing(OrgQuarter::orgKind).thenComparing(OrgQuarter::orgCode))
                .orElseThrow(() -> new MartException("the mart has no organisations in this quarter"));
    }

    public List<OrgQuarter> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** {@code code} and every organisation below it. */
    public Set<String> subtree(String code) {
        Set<String> codes = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (codes.add(next)) {
                children(next).forEach(child -> todo.push(child.orgCode()));
            }
        }
        return codes;
    }

    /** The organisations of one kind in the subtree of {@code code}, in code order. */
    public List<OrgQuarter> descendantsOfKind(String code, OrgKind kind) {
        return subtree(code).stream()
                .map(byCode::get)
                .filter(r -> r != null && r.orgKind() == kind)
                .sorted(Comparator.comparing(OrgQuarter::orgCode))
                .toList();
    }
}
