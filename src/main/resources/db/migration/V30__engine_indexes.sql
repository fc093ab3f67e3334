-- Indexes for the engine's queries that scan (issue #15), valid on PostgreSQL and H2. The engine creates its
-- tables before Flyway runs (the process engine is built first), so they exist here.
-- Every task completion looks for sub-tasks by PARENT_TASK_ID_, which Camunda's PostgreSQL schema does not index.
create index if not exists app_idx_task_parent on act_ru_task (parent_task_id_);
-- The authorization checks look up a resource's grants by type and id (one row per open task and unit).
create index if not exists app_idx_auth_resource on act_ru_authorization (resource_type_, resource_id_);
