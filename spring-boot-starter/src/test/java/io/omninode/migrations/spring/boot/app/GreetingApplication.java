package io.omninode.migrations.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A JPA application as users write one; the tests start it with SpringApplication. */
@SpringBootApplication
public class GreetingApplication {}
