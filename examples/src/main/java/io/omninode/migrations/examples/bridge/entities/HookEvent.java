package io.omninode.migrations.examples.bridge.entities;

import io.omninode.migrations.annotations.Check;
import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.Index;
import io.omninode.migrations.annotations.Table;
import java.time.Instant;

/**
 * A webhook event as received. The GIN index serves containment queries on the payload
 * ({@code payload @> '{"action": "push"}'}).
 */
@Table(name = "hook_events",
        indexes = {
                @Index(name = "ix_hook_events_payload", columns = "payload", method = Index.Method.GIN),
                // a B-tree is read in both directions, so ORDER BY received_at DESC needs no DESC key
                @Index(name = "ix_hook_events_received_at", columns = "received_at")},
        checks = @Check(name = "ck_hook_events_payload_object", expression = "jsonb_typeof(payload) = 'object'::text"))
public record HookEvent(
        @Id(generated = Id.Generated.ALWAYS) long eventId,
        @Column(length = 100, nullable = false) String source,
        @Column(type = "jsonb", nullable = false) String payload,
        @Column(nullable = false, defaultExpression = "now()") Instant receivedAt) {}
