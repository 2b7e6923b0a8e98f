package io.omninode.migrations.spring.boot.app;

import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the migrated table while the context starts: it only works if the migrations ran before JPA. */
@Component
public class StartupReader {

    private final List<String> greetings;

    public StartupReader(GreetingRepository repository) {
        this.greetings = repository.findAll().stream().map(Greeting::text).toList();
    }

    public List<String> greetings() {
        return greetings;
    }
}
