package io.omninode.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeChangesTest {

    @Test
    void binaryCoercibleWideningsAreInPlace() {
        assertThat(TypeChanges.inPlace("varchar(50)", "varchar(200)")).isTrue();
        assertThat(TypeChanges.inPlace("character varying(50)", "text")).isTrue();
        assertThat(TypeChanges.inPlace("varchar(50)", "varchar")).isTrue();
        assertThat(TypeChanges.inPlace("text", "varchar")).isTrue();
        assertThat(TypeChanges.inPlace("numeric(10,2)", "numeric(12,2)")).isTrue();
        assertThat(TypeChanges.inPlace("numeric(10,2)", "numeric")).isTrue();
    }

    @Test
    void narrowingsAndOtherTypesRewrite() {
        assertThat(TypeChanges.inPlace("varchar(200)", "varchar(50)")).isFalse();
        assertThat(TypeChanges.inPlace("text", "varchar(50)")).isFalse();
        assertThat(TypeChanges.inPlace("numeric(10,2)", "numeric(12,4)")).isFalse();
        assertThat(TypeChanges.inPlace("integer", "bigint")).isFalse();
        assertThat(TypeChanges.inPlace("timestamp", "timestamptz")).isFalse();
    }
}
