package io.omninode.migrations.examples.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** An order of a customer: a sequence-generated key, a reference, an enum stored as text, optimistic locking. */
@Entity
public class PurchaseOrder {

    /** How far an order got. */
    public enum Status { OPEN, PAID, SHIPPED }

    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    @Enumerated(EnumType.STRING)
    Status status;

    BigDecimal total;

    Instant placedAt;

    /** Added after revision 5a1e0c0ffee1: the build reports it and writes the migration stub that adds it. */
    Instant shippedAt;

    @Version
    long version;
}
