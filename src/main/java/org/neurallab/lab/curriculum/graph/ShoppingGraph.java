package org.neurallab.lab.curriculum.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Lecture 002's shopping problems as computational graphs built from {@link MulLayer} and
 * {@link AddLayer}: apples at a price times a count, optionally plus oranges, times the tax. Runs the
 * forward pass, then the backward pass from d(price)/d(price) = 1, and lists every edge with its forward
 * value and its backward gradient in the order a step-by-step animation reveals them.
 */
public final class ShoppingGraph {

    /** A box in the drawing: an input, an operation or the result. Positions are in layout columns/rows. */
    public record GraphNode(String id, String labelKey, double column, double row, boolean operation) {
    }

    /** An edge carrying a value forward and a gradient backward. */
    public record Edge(String from, String to, String name, double forward, double backward) {
    }

    /** What the student types; the lecture's values by default. */
    public record Inputs(double applePrice, double appleCount, double orangePrice, double orangeCount, double tax) {
        public static Inputs lecture() {
            return new Inputs(100, 2, 150, 3, 1.1);
        }
    }

    private final boolean withOrange;
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private double price;
    private double dApple;
    private double dAppleCount;
    private double dOrange;
    private double dOrangeCount;
    private double dTax;

    private ShoppingGraph(boolean withOrange, Inputs in) {
        this.withOrange = withOrange;
        if (withOrange) {
            buildAppleAndOrange(in);
        } else {
            buildAppleOnly(in);
        }
    }

    /** Problem 1: two apples at 100 with 10 % tax. */
    public static ShoppingGraph apple(Inputs in) {
        return new ShoppingGraph(false, in);
    }

    /** Problem 2: two apples at 100 and three oranges at 150 with 10 % tax. */
    public static ShoppingGraph appleAndOrange(Inputs in) {
        return new ShoppingGraph(true, in);
    }

    private void buildAppleOnly(Inputs in) {
        MulLayer mulApple = new MulLayer();
        MulLayer mulTax = new MulLayer();
        double appleTotal = mulApple.forward(in.applePrice(), in.appleCount());
        price = mulTax.forward(appleTotal, in.tax());

        double[] taxBack = mulTax.backward(1);
        double[] appleBack = mulApple.backward(taxBack[0]);
        dApple = appleBack[0];
        dAppleCount = appleBack[1];
        dTax = taxBack[1];

        nodes.add(new GraphNode("apple", "curGraph.node.apple", 0, 0.2, false));
        nodes.add(new GraphNode("appleCount", "curGraph.node.appleCount", 0, 0.8, false));
        nodes.add(new GraphNode("mulApple", "", 1, 0.5, true));
        nodes.add(new GraphNode("tax", "curGraph.node.tax", 1, 1.25, false));
        nodes.add(new GraphNode("mulTax", "", 2, 0.5, true));
        nodes.add(new GraphNode("price", "curGraph.node.price", 3, 0.5, false));
        edges.add(new Edge("apple", "mulApple", "apple", in.applePrice(), dApple));
        edges.add(new Edge("appleCount", "mulApple", "appleCount", in.appleCount(), dAppleCount));
        edges.add(new Edge("mulApple", "mulTax", "appleTotal", appleTotal, taxBack[0]));
        edges.add(new Edge("tax", "mulTax", "tax", in.tax(), dTax));
        edges.add(new Edge("mulTax", "price", "price", price, 1));
    }

    private void buildAppleAndOrange(Inputs in) {
        MulLayer mulApple = new MulLayer();
        MulLayer mulOrange = new MulLayer();
        AddLayer addFruit = new AddLayer();
        MulLayer mulTax = new MulLayer();
        double appleTotal = mulApple.forward(in.applePrice(), in.appleCount());
        double orangeTotal = mulOrange.forward(in.orangePrice(), in.orangeCount());
        double fruitTotal = addFruit.forward(appleTotal, orangeTotal);
        price = mulTax.forward(fruitTotal, in.tax());

        double[] taxBack = mulTax.backward(1);
        double[] addBack = addFruit.backward(taxBack[0]);
        double[] orangeBack = mulOrange.backward(addBack[1]);
        double[] appleBack = mulApple.backward(addBack[0]);
        dApple = appleBack[0];
        dAppleCount = appleBack[1];
        dOrange = orangeBack[0];
        dOrangeCount = orangeBack[1];
        dTax = taxBack[1];

        nodes.add(new GraphNode("apple", "curGraph.node.apple", 0, 0, false));
        nodes.add(new GraphNode("appleCount", "curGraph.node.appleCount", 0, 0.6, false));
        nodes.add(new GraphNode("orange", "curGraph.node.orange", 0, 1.3, false));
        nodes.add(new GraphNode("orangeCount", "curGraph.node.orangeCount", 0, 1.9, false));
        nodes.add(new GraphNode("mulApple", "", 1, 0.3, true));
        nodes.add(new GraphNode("mulOrange", "", 1, 1.6, true));
        nodes.add(new GraphNode("addFruit", "", 2, 0.95, true));
        nodes.add(new GraphNode("tax", "curGraph.node.tax", 2, 1.9, false));
        nodes.add(new GraphNode("mulTax", "", 3, 0.95, true));
        nodes.add(new GraphNode("price", "curGraph.node.price", 4, 0.95, false));
        edges.add(new Edge("apple", "mulApple", "apple", in.applePrice(), dApple));
        edges.add(new Edge("appleCount", "mulApple", "appleCount", in.appleCount(), dAppleCount));
        edges.add(new Edge("orange", "mulOrange", "orange", in.orangePrice(), dOrange));
        edges.add(new Edge("orangeCount", "mulOrange", "orangeCount", in.orangeCount(), dOrangeCount));
        edges.add(new Edge("mulApple", "addFruit", "appleTotal", appleTotal, addBack[0]));
        edges.add(new Edge("mulOrange", "addFruit", "orangeTotal", orangeTotal, addBack[1]));
        edges.add(new Edge("addFruit", "mulTax", "fruitTotal", fruitTotal, taxBack[0]));
        edges.add(new Edge("tax", "mulTax", "tax", in.tax(), dTax));
        edges.add(new Edge("mulTax", "price", "price", price, 1));
    }

    public boolean withOrange() {
        return withOrange;
    }

    public List<GraphNode> nodes() {
        return List.copyOf(nodes);
    }

    /** Edges in forward order (inputs first); the backward pass reveals them in reverse. */
    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    /** Forward steps, then backward steps: one per edge each way. */
    public int stepCount() {
        return 2 * edges.size();
    }

    public double price() {
        return price;
    }

    public double dApple() {
        return dApple;
    }

    public double dAppleCount() {
        return dAppleCount;
    }

    /** Zero in the apple-only graph, which has no orange. */
    public double dOrange() {
        return dOrange;
    }

    public double dOrangeCount() {
        return dOrangeCount;
    }

    public double dTax() {
        return dTax;
    }
}
