-- The follow-up's unit lists as rows (the comma-joined columns stay: the follow-up reads them), written by
-- FollowUpRepository in the same transaction as those columns and back-filled by V16 (a Java migration: the comma split
-- differs between H2 and PostgreSQL). Per-unit figures then join on an index instead of a `like` over every item.

-- An item's units now: 主辦 (lead_units), 協辦 (co_units), and whether the unit still owes the current round its report
-- (in units_to_report and no report since the round started or was last sent back).
create table app_follow_up_item_unit (
  item_id      bigint       not null references app_follow_up_item (id),
  unit_id      varchar(64)  not null,
  is_lead      boolean      not null,
  is_co        boolean      not null,
  owes_report  boolean      not null,
  constraint app_follow_up_item_unit_pk primary key (item_id, unit_id)
);

create index app_follow_up_item_unit_unit on app_follow_up_item_unit (unit_id, item_id);
create index app_follow_up_item_unit_owes on app_follow_up_item_unit (owes_report, item_id);

-- The units a round was given to (app_follow_up_round.lead_units).
create table app_follow_up_round_unit (
  round_id  bigint       not null references app_follow_up_round (id),
  unit_id   varchar(64)  not null,
  item_id   bigint       not null references app_follow_up_item (id),
  constraint app_follow_up_round_unit_pk primary key (round_id, unit_id)
);

create index app_follow_up_round_unit_unit on app_follow_up_round_unit (unit_id, item_id);
create index app_follow_up_round_unit_item on app_follow_up_round_unit (item_id);
