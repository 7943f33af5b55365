package dev.mandel.gui.classroom;

import dev.mandel.gui.model.ExplorerModel;
import dev.mandel.kernel.LaneOccupancy;
import dev.mandel.view.Viewport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.List;

import static dev.mandel.gui.classroom.ClassroomUi.action;
import static dev.mandel.gui.classroom.ClassroomUi.note;
import static dev.mandel.gui.classroom.ClassroomUi.section;

/** Where the work is: the cost-map toggle for the picture and the SIMD lane-occupancy bar. */
final class LanesSection {

    private final ClassroomLab lab;

    private final CheckBox costMap = new CheckBox("Cost map: brightness = iterations per pixel");
    private final LaneBar laneBar = new LaneBar();

    private final ReadOnlyObjectWrapper<LaneOccupancy> lanes;

    LanesSection(ClassroomLab lab, Object owner) {
        this.lab = lab;
        this.lanes = new ReadOnlyObjectWrapper<>(owner, "lanes");
        costMap.selectedProperty().bindBidirectional(lab.model.costMapProperty());
        costMap.setTooltip(new Tooltip("Grey levels by escape count (log scale, white = the iteration limit) "
                + "instead of the palette: the picture shows where the work is"));
    }

    /** The section's nodes, in order, for the classroom's column. */
    List<Node> nodes() {
        return List.of(section("WHERE THE WORK IS: COST MAP AND SIMD LANES"), costMap, controls(), laneBar);
    }

    ReadOnlyObjectProperty<LaneOccupancy> lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    /** Runs the instrumented vector twin (never the fast path) over the current view. */
    void run() {
        ExplorerModel model = lab.model;
        if (!LaneOccupancy.available()) {
            model.notice("lane occupancy needs the Vector API (--add-modules=jdk.incubator.vector)");
            return;
        }
        Viewport v = model.viewport();
        int maxIter = model.settings().maxIter();
        lab.background.run("counting active SIMD lanes", () -> LaneOccupancy.measure(v, maxIter), occ -> {
            lanes.set(occ);
            laneBar.show(occ);
        });
    }

    private HBox controls() {
        return new HBox(10, action("Measure lanes", this::run, lab.background),
                note("instrumented vector twin: share of SIMD lanes still working per row"));
    }
}
