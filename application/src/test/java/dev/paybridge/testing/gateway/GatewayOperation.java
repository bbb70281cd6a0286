package dev.paybridge.testing.gateway;

/** The calls paybridge makes to a gateway, as the fake gateway records and scripts them. */
public enum GatewayOperation {
    TEST_CONNECTION, CREATE_LINK, FIND_LINKS, FETCH_LINK, CANCEL_LINK
}
