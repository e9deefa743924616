package org.neurallab.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translated UI text, switchable between Korean and English while the app runs.
 *
 * <p>A key names its bundle before the first dot: {@code training.start} is looked up in
 * {@code org/neurallab/i18n/training_en.properties} (or {@code _ko}). Each lab owns its own bundle files.
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

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", ENGLISH);
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

    /** A binding that re-reads the text whenever the language changes. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), locale);
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
