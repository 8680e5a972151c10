package dev.eqc.cli.report;

import java.util.Locale;

/**
 * Draws a {@link Dataflow} as inline SVG: an arrow from each input to its user labelled with the
 * shape that flows along it, operations as boxes ({@code class="node op"}, one per operation term,
 * {@code data-kind} naming the term's kind), leaves as rounded boxes, the result in bold. Each
 * node's {@code <title>} holds the source it computes and its shape.
 */
final class DataflowSvg {
    private DataflowSvg() {}

    static Html draw(Dataflow flow, String definitionId) {
        DataflowLayout layout = DataflowLayout.of(flow);
        Html svg = new Html();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "dataflow", "id", definitionId,
                "data-definition", flow.name(), "data-operations", String.valueOf(flow.operationCount()),
                "width", px(layout.width), "height", px(layout.height),
                "viewBox", "0 0 " + px(layout.width) + " " + px(layout.height),
                "role", "img", "aria-label", "dataflow of " + flow.name());
        svg.element("title", "Dataflow of " + flow.signature());
        double half = DataflowLayout.NODE_HEIGHT / 2.0;
        for (Dataflow.Edge e : flow.edges()) {
            double x1 = layout.x[e.from()];
            double y1 = layout.y[e.from()] - half;
            double x2 = layout.x[e.to()];
            double y2 = layout.y[e.to()] + half + 3;
            svg.open("g", "class", "edge", "data-shape", e.shape());
            svg.open("line", "x1", px(x1), "y1", px(y1), "x2", px(x2), "y2", px(y2), "marker-end", "url(#eqc-arrow)")
                    .close("line");
            // Nearer the input than the user: inputs of one operation are further apart there.
            svg.element("text", PlainLabels.shortened(e.shape(), DataflowLayout.MAX_LABEL), "class", "edge-label",
                    "x", px(x1 + (x2 - x1) * 0.3), "y", px(y1 + (y2 - y1) * 0.3 + 4), "text-anchor", "middle");
            svg.close("g");
        }
        for (Dataflow.Node node : flow.nodes()) {
            String label = PlainLabels.shortened(node.label(), DataflowLayout.MAX_LABEL);
            double w = Math.max(36, label.length() * DataflowLayout.CHAR_WIDTH + 16);
            String kind = node.kind().name().toLowerCase(Locale.ROOT);
            svg.open("g", "class", "node " + (node.kind() == Dataflow.NodeKind.OPERATION ? "op" : kind),
                    "data-kind", node.term(), "data-node", String.valueOf(node.id()));
            svg.element("title", node.detail());
            svg.open("rect", "x", px(layout.x[node.id()] - w / 2), "y", px(layout.y[node.id()] - half),
                    "width", px(w), "height", px(DataflowLayout.NODE_HEIGHT),
                    "rx", node.kind() == Dataflow.NodeKind.OPERATION ? "3" : "12").close("rect");
            svg.element("text", label, "x", px(layout.x[node.id()]), "y", px(layout.y[node.id()] + 4.5),
                    "text-anchor", "middle");
            svg.close("g");
        }
        return svg.close("svg");
    }

    /** The page-wide arrowhead every edge points with (one definition, referenced by id). */
    static Html arrowDefinitions() {
        Html svg = new Html();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", "0", "height", "0", "class", "svg-defs",
                "aria-hidden", "true");
        svg.open("defs").open("marker", "id", "eqc-arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse");
        svg.open("path", "d", "M 0 0 L 10 5 L 0 10 z").close("path");
        return svg.close("marker").close("defs").close("svg");
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
