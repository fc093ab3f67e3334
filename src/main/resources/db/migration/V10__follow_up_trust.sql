-- What the follow-up listeners trust comes from here, never from process variables a caller can
-- overwrite: the unit (and round) of each 「填報辦理情形」 task, written by its create listener,
-- and the units the next round of reports goes to.

create table app_report_task (
  task_id   varchar(64)  primary key,
  round_id  bigint       not null references app_follow_up_round (id),
  unit_id   varchar(64)  not null
);

alter table app_follow_up_item add column units_to_report varchar(1000);
