package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.testing.mothers.Invoices;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@code Transactions} does: commit, roll back on a throw or a refusal, nest, lock for update. */
public abstract class TransactionsContract extends PersistenceContract {

    @Test
    void a_transaction_commits_what_its_work_wrote_and_returns_its_value() {
        Scope scope = newScope();
        Invoice invoice = ports().transactions().inTransaction(() -> newInvoice(scope));
        assertThat(ports().invoices().find(scope, invoice.id())).contains(invoice);
    }

    @Test
    void a_transaction_whose_work_throws_undoes_everything_it_wrote() {
        Tenant tenant = Tenant.create("Rolled back", now);
        IllegalStateException failure = new IllegalStateException("boom");
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().tenants().insert(tenant);
            Scope scope = tenant.environments().get(0).scope();
            ports().invoices().nextNumber(scope);
            newInvoice(scope);
            throw failure;
        })).isSameAs(failure);
        assertThat(ports().tenants().find(tenant.id())).isEmpty();
    }

    @Test
    void a_rolled_back_invoice_number_is_given_again() {
        Scope scope = newScope();
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().invoices().nextNumber(scope);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(ports().invoices().nextNumber(scope)).isEqualTo(1);
    }

    @Test
    void an_attempt_that_is_done_commits() {
        Scope scope = newScope();
        Outcome<Invoice> outcome = ports().transactions().attempt(() -> Outcome.done(newInvoice(scope)));
        Invoice invoice = outcome.fold(value -> value, refusal -> null);
        assertThat(ports().invoices().find(scope, invoice.id())).isPresent();
    }

    @Test
    void an_attempt_that_is_refused_undoes_what_it_wrote_and_returns_the_refusal() {
        Scope scope = newScope();
        List<Invoice> made = new ArrayList<>();
        Outcome<Invoice> outcome = ports().transactions().attempt(() -> {
            made.add(newInvoice(scope));
            return Outcome.refused(RefusalKind.INVALID_STATE, "no");
        });
        assertThat(outcome).isEqualTo(Outcome.refused(RefusalKind.INVALID_STATE, "no"));
        assertThat(ports().invoices().find(scope, made.get(0).id())).isEmpty();
    }

    @Test
    void an_attempt_whose_work_throws_undoes_what_it_wrote_and_rethrows() {
        Scope scope = newScope();
        List<Invoice> made = new ArrayList<>();
        assertThatThrownBy(() -> ports().transactions().attempt(() -> {
            made.add(newInvoice(scope));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(ports().invoices().find(scope, made.get(0).id())).isEmpty();
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        Scope scope = newScope();
        List<Invoice> made = new ArrayList<>();
        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            made.add(ports().transactions().inTransaction(() -> newInvoice(scope)));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(ports().invoices().find(scope, made.get(0).id())).isEmpty();
    }

    @Test
    void a_nested_transaction_that_throws_undoes_only_its_own_writes() {
        Scope scope = newScope();
        List<Invoice> made = new ArrayList<>();
        ports().transactions().inTransaction(() -> {
            made.add(newInvoice(scope));
            try {
                ports().transactions().inTransaction(() -> {
                    made.add(newInvoice(scope));
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                made.add(newInvoice(scope));
            }
            return null;
        });
        assertThat(made).extracting(invoice -> ports().invoices().find(scope, invoice.id()).isPresent())
                .containsExactly(true, false, true);
    }

    @Test
    void a_refused_nested_attempt_undoes_only_its_own_writes() {
        Scope scope = newScope();
        List<Invoice> made = new ArrayList<>();
        ports().transactions().inTransaction(() -> {
            made.add(newInvoice(scope));
            return ports().transactions().attempt(() -> {
                made.add(newInvoice(scope));
                return Outcome.refused(RefusalKind.CONFLICT, "no");
            });
        });
        assertThat(made).extracting(invoice -> ports().invoices().find(scope, invoice.id()).isPresent())
                .containsExactly(true, false);
    }

    @Test
    void an_invoice_read_for_update_stays_as_read_until_the_transaction_ends() throws Exception {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope, Invoices.sar("1000.00"), now);
        int threads = 4;
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        ports().transactions().inTransaction(() -> {
                            Invoice read = ports().invoices().findForUpdate(scope, invoice.id()).orElseThrow();
                            ports().invoices().update(withOneMorePaid(read));
                            return null;
                        });
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ports().invoices().find(scope, invoice.id()).orElseThrow().amountPaid())
                .isEqualTo(Invoices.sar(threads * rounds + ".00"));
    }

    private static Invoice withOneMorePaid(Invoice i) {
        return new Invoice(i.id(), i.scope(), i.number(), i.status(), i.paymentStatus(), i.currency(), i.total(),
                i.amountPaid().plus(Invoices.sar("1.00")), i.customer(), i.lineItems(), i.dueDate(), i.metadata(),
                i.createdAt(), i.finalizedAt(), i.paidAt(), i.voidedAt());
    }
}
