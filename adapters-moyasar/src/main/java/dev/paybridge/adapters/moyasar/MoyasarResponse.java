package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed answer from Moyasar: its HTTP status and JSON body (a missing node when the body was not JSON). */
record MoyasarResponse(int status, JsonNode body) {
    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
