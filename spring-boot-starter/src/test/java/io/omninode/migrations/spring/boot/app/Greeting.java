package io.omninode.migrations.spring.boot.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The entity the tests' JPA application reads at start-up; the processor also snapshots it for check-on-start. */
@Entity
public class Greeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 200)
    String text;

    @Column(length = 8)
    String language;

    public String text() {
        return text;
    }
}
