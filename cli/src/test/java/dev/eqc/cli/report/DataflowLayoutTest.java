package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagram's layout: the result on top, every edge pointing up, no two nodes of a layer on each other. */
class DataflowLayoutTest {
    private static Dataflow.Node node(int id, Dataflow.NodeKind kind, String label) {
        return new Dataflow.Node(id, kind, "term", label, label);
    }

    /** {@code (a + b) * c}, then the result; {@code a} is also used by the product (a shared input). */
    private static Dataflow flow() {
        return new Dataflow("y", "y(a, b, c) -> []", List.of(
                node(0, Dataflow.NodeKind.LEAF, "a"), node(1, Dataflow.NodeKind.LEAF, "b"),
                node(2, Dataflow.NodeKind.OPERATION, "+"), node(3, Dataflow.NodeKind.LEAF, "c"),
                node(4, Dataflow.NodeKind.OPERATION, "scale"), node(5, Dataflow.NodeKind.RESULT, "y")),
                List.of(new Dataflow.Edge(0, 2, "[]"), new Dataflow.Edge(1, 2, "[]"), new Dataflow.Edge(2, 4, "[]"),
                        new Dataflow.Edge(3, 4, "[]"), new Dataflow.Edge(0, 4, "[]"), new Dataflow.Edge(4, 5, "[]")));
    }

    @Test
    void everyEdgePointsUpAndTheResultIsOnTop() {
        Dataflow f = flow();
        DataflowLayout layout = DataflowLayout.of(f);
        for (Dataflow.Edge e : f.edges()) {
            assertTrue(layout.y[e.from()] > layout.y[e.to()], "edge " + e);
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(layout.y[i] > layout.y[5]);
        }
        assertEquals(layout.y[0], layout.y[1], "a is placed by its longest path, beside b");
    }

    @Test
    void nodesOfALayerAreAColumnApartAndInsideTheDrawing() {
        DataflowLayout layout = DataflowLayout.of(flow());
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                if (layout.y[i] == layout.y[j]) {
                    assertTrue(Math.abs(layout.x[i] - layout.x[j]) >= layout.column, i + " and " + j);
                }
            }
            assertTrue(layout.x[i] > 0 && layout.x[i] < layout.width && layout.y[i] > 0 && layout.y[i] < layout.height);
        }
    }

    @Test
    void theSvgHasANodePerOperationAndAnEdgeLabelPerEdge() {
        String svg = DataflowSvg.draw(flow(), "f1").toString();
        assertEquals(2, svg.split("class=\"node op\"", -1).length - 1);
        assertEquals(6, svg.split("class=\"edge\"", -1).length - 1);
        assertTrue(svg.contains("data-operations=\"2\""), svg);
    }
}
