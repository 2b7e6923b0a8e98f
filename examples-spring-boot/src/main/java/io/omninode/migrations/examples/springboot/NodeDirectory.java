package io.omninode.migrations.examples.springboot;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the registry at start-up through {@code JdbcTemplate}, which Boot creates only after the migrations
 * ran: the table and its rows are there when this constructor runs.
 */
@Repository
public class NodeDirectory {

    private final JdbcTemplate jdbc;
    private final int nodesAtStartUp;

    public NodeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.nodesAtStartUp = names().size();
    }

    public List<String> names() {
        return jdbc.queryForList("select name from node order by name", String.class);
    }

    public int nodesAtStartUp() {
        return nodesAtStartUp;
    }
}
