package io.omninode.migrations.schema;

/**
 * Options of a sequence or identity column; null means PostgreSQL's default.
 *
 * @param dataType {@code smallint}, {@code integer} or {@code bigint} (sequences only)
 * @param startWith the first value
 * @param incrementBy the step
 * @param minValue the lowest value
 * @param maxValue the highest value
 * @param cache how many values each session preallocates
 * @param cycle whether to wrap around after the last value
 */
public record SequenceOptions(
        SqlType dataType, Long startWith, Long incrementBy, Long minValue, Long maxValue, Long cache, boolean cycle) {

    /** Every option at PostgreSQL's default. */
    public static final SequenceOptions DEFAULTS = new SequenceOptions(null, null, null, null, null, null, false);

    public SequenceOptions {
        if (incrementBy != null && incrementBy == 0) {
            throw new IllegalArgumentException("a sequence cannot increment by 0");
        }
        if (cache != null && cache < 1) {
            throw new IllegalArgumentException("a sequence cache must be at least 1, got " + cache);
        }
        if (minValue != null && maxValue != null && minValue > maxValue) {
            throw new IllegalArgumentException("minValue " + minValue + " is above maxValue " + maxValue);
        }
    }

    /** Whether every option is PostgreSQL's default, so nothing needs rendering. */
    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    /** {@code AS smallint|integer|bigint}, for a sequence (an identity takes its column's type). */
    public SequenceOptions dataType(String type) {
        return new SequenceOptions(SqlType.of(type), startWith, incrementBy, minValue, maxValue, cache, cycle);
    }

    /** {@code START WITH value}: the first value handed out. */
    public SequenceOptions startWith(long value) {
        return new SequenceOptions(dataType, value, incrementBy, minValue, maxValue, cache, cycle);
    }

    /** {@code INCREMENT BY value}; negative for a descending sequence. */
    public SequenceOptions incrementBy(long value) {
        return new SequenceOptions(dataType, startWith, value, minValue, maxValue, cache, cycle);
    }

    /** {@code MINVALUE value}. */
    public SequenceOptions minValue(long value) {
        return new SequenceOptions(dataType, startWith, incrementBy, value, maxValue, cache, cycle);
    }

    /** {@code MAXVALUE value}. */
    public SequenceOptions maxValue(long value) {
        return new SequenceOptions(dataType, startWith, incrementBy, minValue, value, cache, cycle);
    }

    /** {@code CACHE value}: values preallocated per session. */
    public SequenceOptions cache(long value) {
        return new SequenceOptions(dataType, startWith, incrementBy, minValue, maxValue, value, cycle);
    }

    /** {@code CYCLE} when true: wrap around after the last value. */
    public SequenceOptions cycle(boolean value) {
        return new SequenceOptions(dataType, startWith, incrementBy, minValue, maxValue, cache, value);
    }
}
