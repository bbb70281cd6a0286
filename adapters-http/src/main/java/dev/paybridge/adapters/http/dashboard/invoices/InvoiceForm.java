package dev.paybridge.adapters.http.dashboard.invoices;

import dev.paybridge.adapters.http.dashboard.web.FieldErrors;
import dev.paybridge.adapters.http.dashboard.web.Visit;
import dev.paybridge.application.outcome.InvalidCommandException;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.DecimalText;
import dev.paybridge.domain.tenant.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-off invoice form: what was entered (by field, named by the API's JSON paths) and, once read, the command or
 * what is wrong. Reading only turns text into values (decimals, a currency code, a date); every rule about invoices
 * is the command's and the use case's. Blank line rows are skipped, and the command's line numbers are mapped back to
 * the rows they came from.
 */
public record InvoiceForm(Map<String, String> values, FieldErrors errors, String refusal) {
    public static final int LINE_ROWS = 3;
    public static final String FINALIZE = "finalize";
    private static final int MAX_DECIMALS = 30;
    private static final Pattern LINE = Pattern.compile("^line_items\\[(\\d+)]");
    private static final List<String> FIELDS = fields();

    public static InvoiceForm empty() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("currency", "SAR");
        values.put("line_items[0].quantity", "1");
        values.put(FINALIZE, "true");
        return new InvoiceForm(values, FieldErrors.none(), null);
    }

    /** The form as entered. */
    public static InvoiceForm entered(Visit visit) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, visit.form(field)));
        return new InvoiceForm(values, FieldErrors.none(), null);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean finalizeNow() {
        return "true".equals(value(FINALIZE));
    }

    public InvoiceForm withErrors(FieldErrors found) {
        return new InvoiceForm(values, found, null);
    }

    public InvoiceForm withRefusal(String detail) {
        return new InvoiceForm(values, FieldErrors.none(), detail);
    }

    /** The command this form asks for, or the form with what is wrong with it. */
    public Read read(Scope scope) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        CurrencyUnit currency = value("currency").isEmpty() ? null : CurrencyUnit.find(value("currency"))
                .orElseGet(() -> {
                    problems.put("currency", List.of("must be an ISO 4217 currency code in upper case, such as SAR"));
                    return null;
                });
        LocalDate dueDate = date(problems);
        List<Integer> rows = new ArrayList<>();
        List<NewLineItem> lines = new ArrayList<>();
        for (int row = 0; row < LINE_ROWS; row++) {
            String prefix = "line_items[" + row + "].";
            if (value(prefix + "description").isEmpty() && value(prefix + "unit_amount").isEmpty()) {
                continue;
            }
            rows.add(row);
            lines.add(new NewLineItem(value(prefix + "description"), decimal(prefix + "quantity", problems),
                    decimal(prefix + "unit_amount", problems)));
        }
        Customer customer = new Customer(value("customer.external_id"), blankToNull(value("customer.name")),
                blankToNull(value("customer.email")));
        try {
            CreateInvoiceCommand command = new CreateInvoiceCommand(scope, customer, currency, dueDate, lines,
                    Map.of(), finalizeNow(), Optional.empty());
            return problems.isEmpty() ? new Read(Optional.of(command), this, rows)
                    : new Read(Optional.empty(), withErrors(FieldErrors.of(problems)), rows);
        } catch (InvalidCommandException invalid) {
            FieldErrors fromCommand = FieldErrors.fromViolations(invalid.refusal().violations(), path -> row(path, rows));
            Map<String, List<String>> all = new LinkedHashMap<>(fromCommand.all());
            all.putAll(problems);
            return new Read(Optional.empty(), withErrors(FieldErrors.of(all)), rows);
        }
    }

    /** Names a field of the command's line {@code i} by the form row it was read from. */
    public static String row(String path, List<Integer> rows) {
        Matcher line = LINE.matcher(path);
        if (!line.find()) {
            return path;
        }
        int index = Integer.parseInt(line.group(1));
        return index < rows.size() ? "line_items[" + rows.get(index) + "]" + path.substring(line.end()) : path;
    }

    private LocalDate date(Map<String, List<String>> problems) {
        if (value("due_date").isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value("due_date"));
        } catch (DateTimeParseException malformed) {
            problems.put("due_date", List.of("must be a date written YYYY-MM-DD"));
            return null;
        }
    }

    private BigDecimal decimal(String field, Map<String, List<String>> problems) {
        if (value(field).isEmpty()) {
            return null;
        }
        try {
            return DecimalText.parse(value(field), MAX_DECIMALS);
        } catch (IllegalArgumentException malformed) {
            problems.put(field, List.of(malformed.getMessage()));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("customer.external_id", "customer.name", "customer.email",
                "currency", "due_date", FINALIZE));
        for (int row = 0; row < LINE_ROWS; row++) {
            for (String part : List.of("description", "quantity", "unit_amount")) {
                fields.add("line_items[" + row + "]." + part);
            }
        }
        return List.copyOf(fields);
    }

    /** A read form: the command, or the form with its errors; {@code rows} are the form rows of the command's lines. */
    public record Read(Optional<CreateInvoiceCommand> command, InvoiceForm form, List<Integer> rows) {
        public Read {
            rows = List.copyOf(rows);
        }

        /** A refusal's field paths named by form field. */
        public FieldErrors errors(Map<String, List<String>> violations) {
            return FieldErrors.fromViolations(violations, path -> row(path, rows));
        }
    }
}
