package dev.paybridge.application.port.in.gateway;

import java.util.List;

/** The gateway plugins loaded in this service, by provider type. */
public interface ListGatewaysUseCase {

    List<GatewayDescription> listGateways();
}
