package dev.paybridge.adapters.http.dashboard.web;

import dev.paybridge.adapters.http.dashboard.session.Flash;
import gg.jte.Content;
import gg.jte.support.LocalizationSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the layout of every page needs: the language (texts, direction, formats), where the page is (for the language
 * switch and the navigation), the CSRF token its forms carry, whether someone is signed in, and a pending notice.
 */
public record Frame(Language language, LocalizationSupport texts, Formats formats, String path, String csrfToken,
        boolean signedIn, Optional<Flash> flash, String nav) {

    /** A text of this language. */
    public Content t(String key) {
        return texts.localize(key);
    }

    /** A text of this language with its arguments (escaped) in place of {@code {0}}, {@code {1}}… */
    public Content t(String key, Object... arguments) {
        return texts.localize(key, arguments);
    }

    /** A text as a plain string, for attributes. */
    public String text(String key) {
        return texts.lookup(key);
    }

    /** A text as a plain string with its arguments in place, for titles and attributes (escaped where used). */
    public String text(String key, Object... arguments) {
        String text = texts.lookup(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.direction();
    }

    /** The link that shows this page in the other language. */
    public String switchLanguageUrl() {
        return "/dashboard/language/" + language.other().code() + "?back="
                + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public boolean navIs(String item) {
        return item.equals(nav);
    }
}
