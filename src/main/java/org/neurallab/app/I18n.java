package org.neurallab.app;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translated UI text, switchable between Korean and English while the app runs.
 *
 * <p>A key names its bundle before the first dot: {@code training.start} is looked up in
 * {@code org/neurallab/i18n/training_en.properties} (or {@code _ko}). Each lab owns its own bundle files.
 *
 * <p>Nothing here keeps a node alive after it left the scene. The one way to give a node translated text is
 * {@code node.textProperty().bind(i18n.bind(key))} (or {@link #label}, {@link #labelled}, {@link #live}): the
 * node holds the binding and the language only a weak reference to it. Work that must be redone when the
 * language changes (a redraw, a re-filled list) goes through {@link #onChange(Node, Runnable)}, which the
 * given node holds in the same way. Nobody adds listeners to {@link #localeProperty()} directly.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;
    public static final String BUNDLE_FOLDER = "org/neurallab/i18n/";

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    private static final I18n INSTANCE = new I18n();
    // no fallback to the JVM's default locale: a key missing in one language must show up as !key!
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final String NODE_LISTENERS = I18n.class.getName() + ".listeners";

    private final LocaleProperty locale = new LocaleProperty(this);
    private final Set<String> warnedKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private I18n() {
        locale.addListener((obs, old, now) -> {
            if (now == null) {
                locale.set(ENGLISH);
            }
        });
    }

    public static I18n get() {
        return INSTANCE;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(supported(newLocale));
    }

    /** Maps any locale to one the app has text for: Korean if its language is Korean, else English. */
    public static Locale supported(Locale wanted) {
        return wanted != null && KOREAN.getLanguage().equals(wanted.getLanguage()) ? KOREAN : ENGLISH;
    }

    /** The text for {@code key} in the current language, with {@code args} filled in by MessageFormat. */
    public String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    public String text(Locale in, String key, Object... args) {
        String pattern = pattern(in, key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, in).format(args);
    }

    /** Whether {@code key} exists in the given language's bundle (no warning logged). */
    public boolean has(Locale in, String key) {
        ResourceBundle bundle = bundle(in, key);
        return bundle != null && bundle.containsKey(key);
    }

    /** Like {@link #text} but null when the current language has no such key, for optional texts. */
    public String textOrNull(String key, Object... args) {
        return has(locale(), key) ? text(key, args) : null;
    }

    /**
     * A binding that re-reads the text whenever the language changes. Bind a node's text property to it:
     * the node then holds the binding, and the language only weakly, so a detached node can be collected.
     */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), locale);
    }

    /** A text made anew whenever the language or one of {@code dependencies} changes; held like {@link #bind}. */
    public StringBinding live(Callable<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        System.arraycopy(dependencies, 0, all, 0, dependencies.length);
        all[dependencies.length] = locale;
        return Bindings.createStringBinding(text, all);
    }

    /** A wrapping tooltip showing the text for {@code key}, following the language. */
    public Tooltip tooltip(String key, Object... args) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(bind(key, args));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** A label showing the text for {@code key}, following the language. */
    public Label label(String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(bind(key, args));
        return label;
    }

    /**
     * A caption above a control: the text for {@code key} (wrapping, and naming the control for screen
     * readers) over {@code control}, in a box with the style class {@code labelled}.
     */
    public VBox labelled(String key, Node control) {
        Label caption = label(key);
        caption.setWrapText(true);
        caption.getStyleClass().add("caption");
        if (control instanceof Control c) {
            caption.setLabelFor(c);
        }
        VBox box = new VBox(2, caption, control);
        box.getStyleClass().add("labelled");
        return box;
    }

    /**
     * Runs {@code action} on every language change for as long as {@code owner} is in use: the owner holds
     * the listener, the language only weakly, so an owner that is no longer referenced stops listening and
     * is collected with it. The action must not be kept anywhere else.
     */
    public void onChange(Node owner, Runnable action) {
        ChangeListener<Locale> listener = (obs, old, now) -> action.run();
        @SuppressWarnings("unchecked")
        List<Object> held = (List<Object>) owner.getProperties().computeIfAbsent(NODE_LISTENERS, k -> new ArrayList<>());
        held.add(listener);
        locale.addListener(new WeakChangeListener<>(listener));
    }

    /** Test hook: listeners (and bindings) on the language that are still alive; collected weak ones do not count. */
    public int liveListenerCount() {
        return locale.liveListeners();
    }

    /** A number as students read it in the current language: at most {@code decimals} decimals, no "-0". */
    public String number(double value, int decimals) {
        return format(value, 0, decimals);
    }

    /** A number with exactly {@code decimals} decimals in the current language. */
    public String fixed(double value, int decimals) {
        return format(value, decimals, decimals);
    }

    private String format(double value, int minDecimals, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(minDecimals);
        return f.format(value == 0 ? 0.0 : value);
    }

    /** Shows choices (e.g. enum values in a combo box) by the text of {@code keyOf(value)}; read-only. */
    public <T> StringConverter<T> converter(Function<T, String> keyOf) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text(keyOf.apply(value));
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private String pattern(Locale in, String key) {
        ResourceBundle bundle = bundle(in, key);
        if (bundle != null && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        if (warnedKeys.add(in.getLanguage() + ":" + key)) {
            LOG.warn("Missing text for key '{}' in language '{}'", key, in.getLanguage());
        }
        return null;
    }

    private ResourceBundle bundle(Locale in, String key) {
        int dot = key == null ? -1 : key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String baseName = BUNDLE_FOLDER.replace('/', '.') + key.substring(0, dot);
        Locale language = supported(in);
        return bundles.computeIfAbsent(baseName + "_" + language.getLanguage(), cacheKey -> load(baseName, language));
    }

    private static ResourceBundle load(String baseName, Locale language) {
        try {
            // Java 9+ reads .properties bundles as UTF-8
            return ResourceBundle.getBundle(baseName, language, I18n.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            LOG.warn("No text bundle {} for language '{}'", baseName, language.getLanguage());
            return EMPTY;
        }
    }

    /** The language, counting who listens so a test can see that listeners are let go. */
    private static final class LocaleProperty extends SimpleObjectProperty<Locale> {
        private final List<Object> listeners = new ArrayList<>();

        LocaleProperty(Object bean) {
            super(bean, "locale", ENGLISH);
        }

        @Override
        public void addListener(InvalidationListener listener) {
            super.addListener(listener);
            track(listener);
        }

        @Override
        public void removeListener(InvalidationListener listener) {
            super.removeListener(listener);
            untrack(listener);
        }

        @Override
        public void addListener(ChangeListener<? super Locale> listener) {
            super.addListener(listener);
            track(listener);
        }

        @Override
        public void removeListener(ChangeListener<? super Locale> listener) {
            super.removeListener(listener);
            untrack(listener);
        }

        private synchronized void track(Object listener) {
            prune();
            listeners.add(listener);
        }

        private synchronized void untrack(Object listener) {
            listeners.remove(listener);
        }

        synchronized int liveListeners() {
            prune();
            return listeners.size();
        }

        private void prune() {
            listeners.removeIf(l -> l instanceof WeakListener w && w.wasGarbageCollected());
        }
    }

    private static final ResourceBundle EMPTY = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return java.util.Collections.emptyEnumeration();
        }
    };
}
