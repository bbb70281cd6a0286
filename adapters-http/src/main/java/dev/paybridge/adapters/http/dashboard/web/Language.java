package dev.paybridge.adapters.http.dashboard.web;

import java.util.Locale;
import java.util.Optional;

/** The dashboard's languages: the locale its dates and numbers are written in, and its writing direction. */
public enum Language {
    EN("en", "ltr"), AR("ar", "rtl");

    private final String code;
    private final String direction;

    Language(String code, String direction) {
        this.code = code;
        this.direction = direction;
    }

    public String code() {
        return code;
    }

    /** {@code ltr} or {@code rtl}, for the page's {@code dir} attribute. */
    public String direction() {
        return direction;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The other language, which the switch on every page offers. */
    public Language other() {
        return this == EN ? AR : EN;
    }

    public static Optional<Language> find(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The chosen language (cookie), else the browser's first supported one (Accept-Language), else English. */
    public static Language resolve(String chosen, String acceptLanguage) {
        Optional<Language> explicit = find(chosen);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Optional<Language> wanted = find(range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT));
                    if (wanted.isPresent()) {
                        return wanted.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return EN;
            }
        }
        return EN;
    }
}
