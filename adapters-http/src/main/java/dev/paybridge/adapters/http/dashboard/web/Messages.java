package dev.paybridge.adapters.http.dashboard.web;

import gg.jte.support.LocalizationSupport;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The dashboard's texts in each language ({@code dashboard/messages*.properties}); templates escape the arguments
 * given to a text, never the text itself. A key missing from a language is a bug, found at start-up by the tests.
 */
public final class Messages {
    static final String BUNDLE = "dev.paybridge.adapters.http.dashboard.messages";
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), exact));
        }
    }

    /** The texts of one language, as jte's localization support. */
    public LocalizationSupport in(Language language) {
        ResourceBundle bundle = bundles.get(language);
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException missing) {
                throw new IllegalArgumentException("no dashboard text " + key + " in " + language.code(), missing);
            }
        };
    }

    /** Every key of a language, for the test that both languages say everything. */
    public Set<String> keys(Language language) {
        return bundles.get(language).keySet();
    }
}
