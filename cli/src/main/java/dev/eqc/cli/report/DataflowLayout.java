package dev.eqc.cli.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A layered layout of a {@link Dataflow}, the result at the top and the leaves below: a node's
 * layer is its longest distance from the result (so every edge points up), leaves take
 * consecutive columns in the order a depth-first walk from the result meets them, and an
 * operation sits above the middle of its inputs (a tidy tree; a shared input stays where it was
 * first met). Coordinates are node centres in pixels.
 */
final class DataflowLayout {
    /** Average width of a character of the diagram's labels, in pixels. */
    static final double CHAR_WIDTH = 7;
    /** Longest label drawn in full; longer ones are cut (the full text is in the node's tooltip). */
    static final int MAX_LABEL = 28;
    static final int LAYER = 84;
    static final int NODE_HEIGHT = 28;
    static final int MARGIN = 24;

    final double[] x;
    final double[] y;
    final double width;
    final double height;
    /** Horizontal distance between columns: room for the widest label. */
    final double column;

    private DataflowLayout(double[] x, double[] y, double width, double height, double column) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.column = column;
    }

    /** Node ids of a {@link Dataflow} are numbered inputs first, so the result has the highest id. */
    static DataflowLayout of(Dataflow flow) {
        int n = flow.nodes().size();
        List<List<Integer>> inputs = new ArrayList<>();
        List<List<Integer>> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inputs.add(new ArrayList<>());
            users.add(new ArrayList<>());
        }
        for (Dataflow.Edge e : flow.edges()) {
            inputs.get(e.to()).add(e.from());
            users.get(e.from()).add(e.to());
        }
        int[] layer = new int[n];
        for (int id = n - 1; id >= 0; id--) {
            for (int user : users.get(id)) {
                layer[id] = Math.max(layer[id], layer[user] + 1);
            }
        }
        int widest = 4;
        for (Dataflow.Node node : flow.nodes()) {
            widest = Math.max(widest, Math.min(MAX_LABEL, node.label().length()));
        }
        for (Dataflow.Edge e : flow.edges()) {
            widest = Math.max(widest, Math.min(MAX_LABEL, e.shape().length()));
        }
        double column = Math.max(96, widest * CHAR_WIDTH * 1.5 + 24);
        double[] x = columns(n, inputs, n - 1);
        int layers = Arrays.stream(layer).max().orElse(0) + 1;
        double[] y = new double[n];
        double maxX = 0;
        for (int id = 0; id < n; id++) {
            x[id] = MARGIN + column / 2 + x[id] * column;
            y[id] = MARGIN + NODE_HEIGHT / 2.0 + layer[id] * LAYER;
            maxX = Math.max(maxX, x[id]);
        }
        return new DataflowLayout(x, y, maxX + column / 2 + MARGIN, MARGIN * 2 + NODE_HEIGHT + (layers - 1) * LAYER,
                column);
    }

    /** Column of each node: leaves numbered in walk order, operations at the mean of their inputs. */
    private static double[] columns(int n, List<List<Integer>> inputs, int root) {
        double[] column = new double[n];
        boolean[] placed = new boolean[n];
        boolean[] expanded = new boolean[n];
        int nextLeaf = 0;
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            int id = stack.pop();
            if (placed[id]) {
                continue;
            }
            List<Integer> kids = inputs.get(id);
            if (kids.isEmpty()) {
                column[id] = nextLeaf++;
                placed[id] = true;
            } else if (!expanded[id]) {
                expanded[id] = true;
                stack.push(id);
                for (int k = kids.size() - 1; k >= 0; k--) {
                    stack.push(kids.get(k));
                }
            } else {
                double sum = 0;
                for (int k : kids) {
                    sum += column[k];
                }
                column[id] = sum / kids.size();
                placed[id] = true;
            }
        }
        return column;
    }
}
