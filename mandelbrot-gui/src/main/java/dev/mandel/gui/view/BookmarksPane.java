package dev.mandel.gui.view;

import dev.mandel.gui.model.Bookmark;
import dev.mandel.gui.model.Bookmarks;
import dev.mandel.gui.model.ExplorerModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;

/**
 * Bookmarks: name the place on screen and keep it (with a thumbnail of what it looked like), go back
 * to one with a double click or "Go", delete one. Stored by {@link Bookmarks}, locations as decimal
 * strings.
 */
public final class BookmarksPane extends VBox {

    private final ExplorerModel model;
    private final FramePainter painter;
    private final Bookmarks store;
    final TextField name = new TextField();
    final ListView<Bookmarks.Entry> list = new ListView<>();
    private final Label problem = new Label();

    public BookmarksPane(ExplorerModel model, FramePainter painter, Bookmarks store) {
        this.model = model;
        this.painter = painter;
        this.store = store;
        setSpacing(6);
        name.setPromptText("name this place…");
        name.setOnAction(e -> addCurrent());
        Button add = new Button("Add");
        add.setOnAction(e -> addCurrent());
        add.disableProperty().bind(model.frameProperty().isNull());
        HBox addRow = new HBox(6, name, add);
        HBox.setHgrow(name, Priority.ALWAYS);
        problem.getStyleClass().addAll("note", "input-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        list.setPrefHeight(220);
        list.setMinHeight(120);
        list.setCellFactory(l -> new EntryCell());
        list.setPlaceholder(new Label("no bookmarks yet"));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                goToSelected();
            }
        });
        Button go = new Button("Go");
        go.setOnAction(e -> goToSelected());
        go.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(addRow, problem, list, new HBox(6, go, delete));
        setPadding(new Insets(0));
        reload();
    }

    /** Bookmarks the view on screen under the typed name; returns whether it did (else the reason shows). */
    public boolean addCurrent() {
        try {
            var f = model.frame();
            if (f == null || painter.view() == null || !painter.view().equals(model.viewport())) {
                throw new IllegalArgumentException("wait for the frame to finish, then add it");
            }
            store.add(model.bookmark(name.getText(), painter.argb()));
        } catch (IllegalArgumentException | IOException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return false;
        }
        problem.setVisible(false);
        model.notice("bookmarked '" + name.getText().strip() + "'");
        name.clear();
        reload();
        return true;
    }

    void goToSelected() {
        Bookmarks.Entry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            model.goTo(e.bookmark());
        }
    }

    void deleteSelected() {
        Bookmarks.Entry e = list.getSelectionModel().getSelectedItem();
        if (e == null) {
            return;
        }
        try {
            store.remove(e);
        } catch (IOException ex) {
            model.notice("could not delete bookmark '" + e.bookmark().name() + "': " + ex.getMessage());
        }
        reload();
    }

    void reload() {
        list.getItems().setAll(store.list());
    }

    private static final class EntryCell extends ListCell<Bookmarks.Entry> {
        private final ImageView thumb = new ImageView();
        private final Label title = new Label();
        private final Label where = new Label();
        private final HBox box;

        EntryCell() {
            where.getStyleClass().add("note");
            title.getStyleClass().add("bookmark-name");
            box = new HBox(8, thumb, new VBox(2, title, where));
        }

        @Override
        protected void updateItem(Bookmarks.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Bookmark b = e.bookmark();
            WritableImage img = new WritableImage(Bookmark.THUMB_W, Bookmark.THUMB_H);
            img.getPixelWriter().setPixels(0, 0, Bookmark.THUMB_W, Bookmark.THUMB_H, PixelFormat.getIntArgbInstance(),
                    b.thumbnail(), 0, Bookmark.THUMB_W);
            thumb.setImage(img);
            title.setText(b.name());
            where.setText(b.describe());
            where.setWrapText(true);
            where.setMaxWidth(170);
            setGraphic(box);
            setText(null);
        }
    }
}
