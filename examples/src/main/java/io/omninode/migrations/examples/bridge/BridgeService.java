package io.omninode.migrations.examples.bridge;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bridge service as an application runs it: on start it brings the database to the head revision
 * through the Java API, then validates it (known revision, unedited migrations, no drift from the
 * entities) and refuses to serve otherwise. Its work is a little of the bridge's own: nodes register,
 * get an API key, and authenticate with it.
 *
 * <pre>{@code
 * BridgeService service = BridgeService.start(dataSource);
 * UUID node = service.registerNode("effect", "https://a.eu.bridge:8053", "eu-west");
 * BridgeService.IssuedKey key = service.issueApiKey(node);   // key.secret() is shown once
 * service.authenticate(key.secret());                          // Optional[node]
 * }</pre>
 */
public final class BridgeService {

    /** A key as issued: the secret is returned once and never stored, only its SHA-256 hash. */
    public record IssuedKey(UUID keyId, String prefix, String secret) {}

    private static final int PREFIX_LENGTH = 8;

    private final DataSource dataSource;
    private final CommandResult migration;
    private final SecureRandom random = new SecureRandom();

    private BridgeService(DataSource dataSource, CommandResult migration) {
        this.dataSource = dataSource;
        this.migration = migration;
    }

    /** Migrates to head, validates, and returns a service ready to serve; throws when the database is not fit. */
    public static BridgeService start(DataSource dataSource) {
        Migrator migrator = Migrator.configure().dataSource(dataSource)
                .classLoader(BridgeService.class.getClassLoader()) // the generated registry and the entity snapshot
                .load();
        CommandResult upgrade = migrator.upgrade("head");
        migrator.validate();
        return new BridgeService(dataSource, upgrade);
    }

    /** What the start-up upgrade did (no steps when the database was already at head). */
    public CommandResult migration() {
        return migration;
    }

    /** Registers a node (status {@code active}) and returns its id. */
    public UUID registerNode(String nodeType, String endpoint, String region) throws SQLException {
        UUID nodeId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into node_registrations"
                        + " (node_id, node_type, endpoint, region) values (?, ?, ?, ?)")) {
            insert.setObject(1, nodeId);
            insert.setString(2, nodeType);
            insert.setString(3, endpoint);
            insert.setString(4, region);
            insert.executeUpdate();
        }
        return nodeId;
    }

    /** Issues a key for a node: {@code <prefix>.<secret>}, of which only the prefix and the hash are kept. */
    public IssuedKey issueApiKey(UUID nodeId) throws SQLException {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String body = HexFormat.of().formatHex(bytes);
        String prefix = body.substring(0, PREFIX_LENGTH);
        String secret = prefix + "." + body.substring(PREFIX_LENGTH);
        UUID keyId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into api_keys"
                        + " (key_id, node_id, key_prefix, secret_hash) values (?, ?, ?, ?)")) {
            insert.setObject(1, keyId);
            insert.setObject(2, nodeId);
            insert.setString(3, prefix);
            insert.setBytes(4, sha256(secret));
            insert.executeUpdate();
        }
        return new IssuedKey(keyId, prefix, secret);
    }

    /** The node a secret belongs to, if the secret is right and its key not revoked. */
    public Optional<UUID> authenticate(String secret) throws SQLException {
        int dot = secret.indexOf('.');
        if (dot != PREFIX_LENGTH) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select node_id, secret_hash from api_keys"
                        + " where key_prefix = ? and revoked_at is null")) {
            select.setString(1, secret.substring(0, dot));
            try (ResultSet row = select.executeQuery()) {
                // constant-time comparison: a timing difference would leak how much of a guess was right
                if (row.next() && MessageDigest.isEqual(row.getBytes(2), sha256(secret))) {
                    return Optional.of(row.getObject(1, UUID.class));
                }
            }
        }
        return Optional.empty();
    }

    /** Revokes a key; authentication with it fails from now on. */
    public void revoke(UUID keyId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update api_keys set revoked_at = now() where key_id = ? and revoked_at is null")) {
            update.setObject(1, keyId);
            update.executeUpdate();
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Starts the service on the database the seed's variables name ({@code OMNINODE_BRIDGE_DATABASE_URL},
     * {@code DATABASE_URL}, {@code POSTGRES_*}), prints what the migration did, and exits.
     */
    public static void main(String[] args) {
        DatabaseSettings database = Migrator.configure().environment(System.getenv()).settings().database();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        System.out.println("Starting the bridge on " + database.displayUrl());
        BridgeService service = start(dataSource);
        System.out.println("Migrated " + service.migration().steps().size() + " step(s); the database is at "
                + service.migration().headsAfter() + " and valid: ready to serve");
    }
}
