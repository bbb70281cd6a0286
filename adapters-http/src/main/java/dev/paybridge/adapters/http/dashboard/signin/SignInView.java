package dev.paybridge.adapters.http.dashboard.signin;

/** The sign-in page: the message key of why the last attempt failed, or null. */
public record SignInView(String errorKey) {
}
