package org.youthjustice.events;

/** Topic names: one per publishing service, {@code yj.<context>.v1}, keyed by case id. */
public final class Topics {
    public static final String ORDERS = "yj.orders.v1";
    public static final String ALLOCATIONS = "yj.allocations.v1";
    public static final String COMPLIANCE = "yj.compliance.v1";
    public static final String TRANSFERS = "yj.transfers.v1";
    public static final String VICTIMS = "yj.victims.v1";

    private Topics() {
    }

    /** The dead-letter topic of one consumer group on one topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }
}
