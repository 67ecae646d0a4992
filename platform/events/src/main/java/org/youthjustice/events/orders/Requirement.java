package org.youthjustice.events.orders;

/**
 * One requirement of an order (ORD-4): its type (e.g. {@code unpaid-work}, {@code curfew}) and, where
 * the requirement has one, its amount and unit.
 */
public record Requirement(String type, Integer amount, RequirementUnit unit) {
}
