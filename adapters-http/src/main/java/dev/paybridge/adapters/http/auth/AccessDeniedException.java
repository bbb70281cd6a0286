package dev.paybridge.adapters.http.auth;

/** A request without valid credentials (401) or acting outside its key's environment (403). */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    private AccessDeniedException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public static AccessDeniedException unauthorized(String detail) {
        return new AccessDeniedException(401, detail);
    }

    public static AccessDeniedException forbidden(String detail) {
        return new AccessDeniedException(403, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return status == 401 ? "unauthorized" : "forbidden";
    }
}
