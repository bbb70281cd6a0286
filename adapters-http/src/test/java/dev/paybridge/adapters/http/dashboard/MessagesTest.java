package dev.paybridge.adapters.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.http.dashboard.web.Language;
import dev.paybridge.adapters.http.dashboard.web.Messages;
import org.junit.jupiter.api.Test;

/** Both languages say everything the pages say. */
class MessagesTest {

    @Test
    void arabic_and_english_have_the_same_texts() {
        Messages messages = new Messages();

        assertThat(messages.keys(Language.AR)).containsExactlyInAnyOrderElementsOf(messages.keys(Language.EN));
        assertThat(messages.in(Language.AR).lookup("layout.invoices")).isEqualTo("الفواتير");
    }

    @Test
    void the_language_is_the_chosen_one_else_the_browsers_else_english() {
        assertThat(Language.resolve("ar", "en-US")).isEqualTo(Language.AR);
        assertThat(Language.resolve(null, "ar-SA,en;q=0.5")).isEqualTo(Language.AR);
        assertThat(Language.resolve("xx", "fr-FR")).isEqualTo(Language.EN);
        assertThat(Language.resolve(null, ";;;not a header")).isEqualTo(Language.EN);
        assertThat(Language.AR.direction()).isEqualTo("rtl");
    }
}
