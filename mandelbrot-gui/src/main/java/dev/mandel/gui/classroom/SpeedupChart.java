package dev.mandel.gui.classroom;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The sweep chart: speedup over sequential on the y axis; measured points (this machine) as a solid
 * line with dots, the simulator's as dashed lines, so which is which reads from the lines as well as
 * from the legend.
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
            x.setAutoRanging(false);
            x.setLowerBound(0);
            double max = sweep.simulated().stream().mapToDouble(ClassroomBench.Point::x).max().orElse(1);
            x.setUpperBound(Math.ceil(max / 8) * 8);
            x.setTickUnit(8);
            x.setMinorTickVisible(false);
            x.setTickLabelFormatter(null);
        }
        String where = byFactor ? " · " + sweep.threads() + " threads" : "";
        getData().add(series(MEASURED + where, sweep.measured()));
        getData().add(series(SIMULATED + (byFactor ? " · " + sweep.threads() + " workers" : " · over-partitioned"),
                sweep.simulated()));
        if (!sweep.simulatedStatic().isEmpty()) {
            getData().add(series(SIMULATED + " · static bands", sweep.simulatedStatic()));
        }
        for (int i = 1; i < getData().size(); i++) {
            var node = getData().get(i).getNode();
            if (node != null) {
                node.setStyle("-fx-stroke-dash-array: 7 5; -fx-stroke-width: 2;");
            }
        }
    }

    private static XYChart.Series<Number, Number> series(String name, List<ClassroomBench.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (ClassroomBench.Point p : points) {
            s.getData().add(new XYChart.Data<>(p.x(), p.speedup()));
        }
        return s;
    }
}
