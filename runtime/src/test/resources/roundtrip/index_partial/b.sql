create table job (id bigint primary key, state text, deleted_at timestamptz);
create index ix_job_state on job (state) where deleted_at is null and state <> 'done';
