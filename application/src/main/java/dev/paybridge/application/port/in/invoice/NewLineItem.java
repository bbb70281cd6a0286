package dev.paybridge.application.port.in.invoice;

/** A line as the caller sends it: decimal strings, checked and multiplied by the service. */
public record NewLineItem(String description, String quantity, String unitAmount) {
}
