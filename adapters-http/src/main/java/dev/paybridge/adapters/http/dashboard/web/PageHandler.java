package dev.paybridge.adapters.http.dashboard.web;

/** Answers one dashboard request. */
@FunctionalInterface
public interface PageHandler {

    void handle(Visit visit);
}
