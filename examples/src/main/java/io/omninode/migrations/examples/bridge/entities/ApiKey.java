package io.omninode.migrations.examples.bridge.entities;

import io.omninode.migrations.annotations.Check;
import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.References;
import io.omninode.migrations.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A node's API key. The secret is shown to the node once and never stored: the table holds its
 * SHA-256 hash (32 bytes, checked) and a short prefix that identifies the key in logs.
 */
@Table(name = "api_keys", comment = "API keys of nodes; the secret itself is never stored, only its SHA-256 hash",
        checks = @Check(name = "ck_api_keys_secret_hash_sha256", expression = "octet_length(secret_hash) = 32"))
public record ApiKey(
        @Id UUID keyId,
        @Column(nullable = false) @References(table = "node_registrations", onDelete = References.Action.CASCADE)
        UUID nodeId,
        @Column(length = 16, nullable = false, unique = true) String keyPrefix,
        @Column(nullable = false) byte[] secretHash,
        @Column(nullable = false, defaultExpression = "now()") Instant createdAt,
        Instant revokedAt) {}
