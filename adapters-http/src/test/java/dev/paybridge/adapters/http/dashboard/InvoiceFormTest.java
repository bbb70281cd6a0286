package dev.paybridge.adapters.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.http.dashboard.invoices.InvoiceForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice form names a command's line by the form row it came from, blank rows left out. */
class InvoiceFormTest {

    @Test
    void a_commands_line_is_named_by_its_form_row() {
        List<Integer> rows = List.of(1, 2);

        assertThat(InvoiceForm.row("line_items[0].unit_amount", rows)).isEqualTo("line_items[1].unit_amount");
        assertThat(InvoiceForm.row("line_items[1]", rows)).isEqualTo("line_items[2]");
        assertThat(InvoiceForm.row("line_items", rows)).isEqualTo("line_items");
        assertThat(InvoiceForm.row("customer.external_id", rows)).isEqualTo("customer.external_id");
    }
}
