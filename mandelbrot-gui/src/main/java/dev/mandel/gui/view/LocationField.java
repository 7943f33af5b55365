package dev.mandel.gui.view;

import dev.mandel.gui.model.ExplorerModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Where the view is, with every digit: a field showing the centre and span ({@code RE,IM SPAN}) that
 * takes a typed or pasted location on Enter or Go, and Copy and Paste buttons. Deep locations
 * (spans down to 1e-2000) go to the deep path; a bad location leaves the view and says why in the
 * status line.
 */
public final class LocationField extends VBox {

    final TextField text = new TextField();
    final Button go = new Button("Go");
    final Button copy = new Button("Copy");
    final Button paste = new Button("Paste");
    private final Label depth = new Label();

    public LocationField(ExplorerModel model) {
        setSpacing(4);
        setPadding(new Insets(0));
        text.setPromptText("RE,IM SPAN  e.g. -0.7436,0.1318 1e-30");
        text.setTooltip(new Tooltip("centre RE,IM and span (width in the plane), any number of digits"));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox buttons = new HBox(4, go, copy, paste);
        depth.setWrapText(true);
        depth.getStyleClass().add("note");
        getChildren().addAll(text, buttons, depth);
        Runnable follow = () -> text.setText(model.locationText());
        model.viewportProperty().addListener((o, a, b) -> follow.run());
        model.deepProperty().addListener((o, a, b) -> follow.run());
        follow.run();
        text.setOnAction(e -> model.goTo(text.getText()));
        go.setOnAction(e -> model.goTo(text.getText()));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.locationText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        paste.setOnAction(e -> {
            String s = Clipboard.getSystemClipboard().getString();
            if (s != null) {
                text.setText(s.trim());
                model.goTo(s);
            }
        });
        depth.textProperty().bind(model.deepStatusProperty());
    }
}
