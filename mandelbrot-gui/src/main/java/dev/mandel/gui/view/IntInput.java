package dev.mandel.gui.view;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigInteger;
import java.util.Locale;

/**
 * A whole-number field that checks what the user types as they type: a spinner whose text, when it
 * is not a whole number inside the allowed range, shows the reason right under it and is never
 * committed, so the value in force stays the old one. Nothing is clamped behind the user's back
 * (typing 99 where 4 is the most does not quietly become 4) and nothing throws: JavaFX's own spinner
 * converter throws NumberFormatException on the FX thread for "abc" or "1e9".
 *
 * <p>Enter or leaving the field commits a valid value; an invalid one is refused with the reason
 * kept on screen and the field showing the value in force again.
 */
public final class IntInput extends VBox {

    private final String name;
    private final Spinner<Integer> spinner = new Spinner<>();
    private final IntegerSpinnerValueFactory factory;
    private final Label reason = new Label();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Set while the field's text is put back to the value in force, which is not the user typing. */
    private boolean restoring;

    /** A field for {@code name} (used in messages) from {@code min} to {@code max}, arrows stepping by {@code step}. */
    public IntInput(String name, int min, int max, int initial, int step) {
        this.name = name;
        factory = new IntegerSpinnerValueFactory(min, max, initial, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : Integer.toString(v);
            }

            @Override
            public Integer fromString(String text) {
                return commit(text);
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.getEditor().textProperty().addListener((o, was, text) -> {
            if (!restoring) {
                show(check(text));
            }
        });
        reason.getStyleClass().addAll("note", "input-problem");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        reason.visibleProperty().bind(problem.isNotEmpty());
        reason.textProperty().bind(problem);
        setSpacing(2);
        getChildren().addAll(spinner, reason);
    }

    public Spinner<Integer> spinner() {
        return spinner;
    }

    public IntegerSpinnerValueFactory factory() {
        return factory;
    }

    /** The value in force. */
    public int value() {
        return factory.getValue();
    }

    /**
     * Sets the value in force (from the program, e.g. following the model) and clears any problem;
     * does nothing when it is already the value, so following the model never wipes what the user
     * is typing.
     */
    public void setValue(int v) {
        if (factory.getValue() != null && factory.getValue() == v) {
            return;
        }
        restoring = true;
        try {
            factory.setValue(v);
            spinner.getEditor().setText(Integer.toString(factory.getValue()));
        } finally {
            restoring = false;
        }
        problem.set("");
    }

    /** Why the text typed is not accepted, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Types {@code text} as a user would and presses Enter (for tests and scripted use). */
    public void type(String text) {
        spinner.getEditor().setText(text);
        spinner.commitValue();
    }

    /** The outcome of checking a text: a value, or the reason it is refused. */
    record Check(Integer value, String reason) {
    }

    Check check(String raw) {
        String text = raw == null ? "" : raw.trim().replace("_", "").replace(",", "");
        int min = factory.getMin();
        int max = factory.getMax();
        String allowed = String.format(Locale.ROOT, "%s must be a whole number from %,d to %,d", name, min, max);
        if (text.isEmpty()) {
            return new Check(null, allowed);
        }
        if (!text.matches("[+-]?\\d+")) {
            return new Check(null, "'" + raw.trim() + "' is not a whole number: " + allowed);
        }
        BigInteger v = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            return new Check(null, "'" + raw.trim() + "' is out of range: " + allowed);
        }
        return new Check(v.intValueExact(), "");
    }

    private void show(Check c) {
        problem.set(c.value() == null ? c.reason() : "");
        if (c.value() == null) {
            if (!spinner.getStyleClass().contains("invalid")) {
                spinner.getStyleClass().add("invalid");
            }
        } else {
            spinner.getStyleClass().remove("invalid");
        }
    }

    /** The spinner's commit: a valid text becomes the value; an invalid one keeps the old value and says why. */
    private Integer commit(String text) {
        Check c = check(text);
        if (c.value() != null) {
            show(c);
            return c.value();
        }
        Integer kept = factory.getValue();
        restoring = true;
        try {
            spinner.getEditor().setText(kept == null ? "" : Integer.toString(kept));
        } finally {
            restoring = false;
        }
        spinner.getStyleClass().remove("invalid");
        problem.set(c.reason() + "; kept " + kept);
        return kept;
    }
}
