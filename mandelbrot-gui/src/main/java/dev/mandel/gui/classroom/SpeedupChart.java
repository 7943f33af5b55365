package dev.mandel.gui.classroom;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The sweep chart: speedup over sequential on the y axis; measured points (this machine) as a solid
 * line with dots, the simulator's as dashed lines, so which is which reads from the lines as well as
 * from the legend. The thread sweep is drawn on log-log axes (1 to 88 threads) with the ideal
 * diagonal; the factor sweep spaces its factors evenly.
 */
final class SpeedupChart extends LineChart<Number, Number> {

    static final String MEASURED = "measured (this machine)";
    static final String SIMULATED = "simulated";

    SpeedupChart() {
        super(new NumberAxis(), new NumberAxis());
        getStyleClass().add("speedup-chart");
        setAnimated(false);
        setCreateSymbols(true);
        setLegendVisible(true);
        getYAxis().setLabel("speedup vs sequential");
        setTitle("Press a sweep button");
        setPrefHeight(330);
        setMinHeight(280);
    }

    /** Replaces the chart's content by a sweep's series. */
    void show(ClassroomBench.SweepResult sweep) {
        getData().clear();
        setTitle(sweep.title());
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel(sweep.xLabel());
        boolean byFactor = sweep.threads() > 0;
        if (byFactor) {
            // Factors are shown at even spacing (0, 1, 2, ...) and labelled by their value.
            List<ClassroomBench.Point> pts = sweep.simulated();
            x.setAutoRanging(false);
            x.setLowerBound(-0.3);
            x.setUpperBound(pts.size() - 0.7);
            x.setTickUnit(1);
            x.setMinorTickVisible(false);
            x.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number n) {
                    int i = (int) Math.round(n.doubleValue());
                    return Math.abs(n.doubleValue() - i) < 1e-9 && i >= 0 && i < pts.size() ? pts.get(i).label() : "";
                }

                @Override
                public Number fromString(String s) {
                    return 0;
                }
            });
        } else {
            // Threads 1..88 on log-log axes: ideal scaling is the diagonal, and the few measured
            // points are not squeezed into a corner by the simulated ones.
            double maxX = sweep.simulated().stream().mapToDouble(ClassroomBench.Point::x).max().orElse(1);
            x.setAutoRanging(false);
            x.setLowerBound(-0.3);
            x.setUpperBound(log2(maxX) + 0.2);
            x.setTickUnit(1);
            x.setMinorTickVisible(false);
            x.setTickLabelFormatter(POWERS_OF_TWO);
        }
        NumberAxis y = (NumberAxis) getYAxis();
        if (byFactor) {
            y.setAutoRanging(true);
            y.setTickLabelFormatter(null);
            y.setLabel("speedup vs sequential");
        } else {
            double lo = 0;
            double hi = 1;
            for (List<ClassroomBench.Point> pts : List.of(sweep.measured(), sweep.simulated(), sweep.simulatedStatic())) {
                for (ClassroomBench.Point p : pts) {
                    lo = Math.min(lo, log2(p.speedup()));
                    hi = Math.max(hi, Math.max(log2(p.speedup()), log2(p.x())));
                }
            }
            y.setAutoRanging(false);
            y.setLowerBound(Math.floor(lo) - 0.5);
            y.setUpperBound(hi + 0.2);
            y.setTickUnit(1);
            y.setMinorTickVisible(false);
            y.setTickLabelFormatter(POWERS_OF_TWO);
            y.setLabel("speedup (log scale)");
        }
        String where = byFactor ? " · " + sweep.threads() + " threads" : "";
        boolean log = !byFactor;
        // Always these four series in this order, so each keeps its colour (classroom.css,
        // default-color0..3) in the lines, the points and the legend alike.
        List<ClassroomBench.Point> ideal = sweep.simulated().stream()
                .map(p -> new ClassroomBench.Point(p.label(), p.x(), byFactor ? sweep.threads() : p.x())).toList();
        List<List<ClassroomBench.Point>> sources = List.of(sweep.measured(), sweep.simulated(), sweep.simulatedStatic(), ideal);
        List<String> names = List.of(MEASURED + where, SIMULATED + (byFactor ? " · ForkJoin, " + sweep.threads() + " workers"
                : " · ForkJoin ×" + sweep.factor()), SIMULATED + " · static bands", IDEAL);
        List<XYChart.Series<Number, Number>> all = new java.util.ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            XYChart.Series<Number, Number> series = series(names.get(i), sources.get(i), log);
            boolean isIdeal = i == IDEAL_INDEX;
            for (int k = 0; k < series.getData().size(); k++) {
                // Every measured or simulated point carries its value; the ideal line is a guide without points.
                // Set before the series joins the chart: a node set afterwards is not laid out as the point's symbol.
                series.getData().get(k).setNode(isIdeal ? hidden() : new PointLabel(i, sources.get(i).get(k).speedup()));
            }
            all.add(series);
        }
        getData().addAll(all);
        for (int i = 0; i < getData().size(); i++) {
            XYChart.Series<Number, Number> series = getData().get(i);
            if (series.getNode() != null) {
                series.getNode().getStyleClass().add(i == 0 ? "measured-line" : i == IDEAL_INDEX ? "ideal-line" : "simulated-line");
            }
        }
    }

    /** Position of the ideal line among the series. */
    static final int IDEAL_INDEX = 3;

    private static javafx.scene.Node hidden() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        r.setVisible(false);
        r.setPrefSize(0, 0);
        return r;
    }

    /** A point's dot with its speedup written above it. */
    static final class PointLabel extends javafx.scene.layout.StackPane {
        private final javafx.scene.control.Label text;

        PointLabel(int series, double speedup) {
            getStyleClass().add("point-label");
            javafx.scene.layout.Region dot = new javafx.scene.layout.Region();
            dot.getStyleClass().addAll("chart-line-symbol", "default-color" + series, "point-dot");
            dot.setMaxSize(9, 9);
            dot.setPrefSize(9, 9);
            text = new javafx.scene.control.Label(String.format(java.util.Locale.ROOT, "%.2f", speedup));
            text.getStyleClass().addAll("point-value", "point-value" + series);
            text.setTranslateY(series == 2 ? 12 : -12); // static bands' labels below their line, the rest above
            text.setMouseTransparent(true);
            text.setMinSize(javafx.scene.control.Label.USE_PREF_SIZE, javafx.scene.control.Label.USE_PREF_SIZE);
            getChildren().addAll(dot, text);
            setPrefSize(9, 9);
            setMaxSize(9, 9);
            setMinSize(9, 9);
        }

        String text() {
            return text.getText();
        }
    }

    static final String IDEAL = "ideal (speedup = threads)";

    /** Axis labels for log2 positions: 1, 2, 4, 8, ... */
    private static final StringConverter<Number> POWERS_OF_TWO = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            long k = Math.round(v);
            if (Math.abs(v - k) > 1e-9) {
                return "";
            }
            double value = Math.pow(2, k);
            return value >= 1 ? Long.toString(Math.round(value)) : String.format(java.util.Locale.ROOT, "%.2g", value);
        }

        @Override
        public Number fromString(String s) {
            return 0;
        }
    };

    static double log2(double v) {
        return Math.log(Math.max(v, 1e-3)) / Math.log(2);
    }

    private static XYChart.Series<Number, Number> series(String name, List<ClassroomBench.Point> points, boolean log) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (ClassroomBench.Point p : points) {
            s.getData().add(log ? new XYChart.Data<>(log2(p.x()), log2(p.speedup()))
                    : new XYChart.Data<>(p.x(), p.speedup()));
        }
        return s;
    }
}
