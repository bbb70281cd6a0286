package dev.paybridge.adapters.http.dashboard.web;

import gg.jte.support.LocalizationSupport;

/** What every page shares: the renderer and the texts of each language. */
public record Pages(PageRenderer renderer, Messages messages) {

    public LocalizationSupport texts(Language language) {
        return messages.in(language);
    }
}
