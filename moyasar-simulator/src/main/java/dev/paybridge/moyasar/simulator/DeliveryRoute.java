package dev.paybridge.moyasar.simulator;

import java.time.Duration;
import java.util.List;

/** The ways a delivery can leave once webhook faults have had their say. */
interface DeliveryRoute {

    void send(OutgoingDelivery delivery, Duration delay);

    /** Sends each after the previous one's first attempt finished, so the receiver sees this order. */
    void sendInOrder(List<OutgoingDelivery> deliveries);

    void dropped(OutgoingDelivery delivery);
}
