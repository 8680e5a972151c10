package dev.eqc.cli.report;

import java.util.List;

/**
 * The dataflow graph of one definition: a node per distinct term of its body (operations and
 * leaves) plus a node for the result, and an edge from each term to each term that uses it,
 * labelled with the shape that flows along it. Node ids index {@link #nodes()}.
 */
public record Dataflow(String name, String signature, List<Node> nodes, List<Edge> edges) {
    public Dataflow {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What a node stands for. */
    public enum NodeKind {
        /** A term that computes from others (product, sum, function call…). */
        OPERATION,
        /** An input, parameter, constant, number, dimension or another definition's value. */
        LEAF,
        /** The definition's result. */
        RESULT
    }

    /**
     * A node: {@code label} is short plain text, {@code detail} the source it comes from and its
     * shape, {@code term} the term's kind ({@code product}, {@code builtin-call}, {@code input}…).
     */
    public record Node(int id, NodeKind kind, String term, String label, String detail) {}

    /** Data flowing from node {@code from} into node {@code to}, of the given shape. */
    public record Edge(int from, int to, String shape) {}

    public long operationCount() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.OPERATION).count();
    }
}
