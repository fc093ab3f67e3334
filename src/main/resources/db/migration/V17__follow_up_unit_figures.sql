-- The figures 總覽 and 統計 need, copied onto the unit rows (V15) so that each figure reads one table through one index
-- instead of joining items, meetings, rounds and reports: the item's status, due date, closing time, meeting and meeting
-- date on app_follow_up_item_unit; the meeting, its date, the item's status, the round's due date and the unit's first
-- report on app_follow_up_round_unit. FollowUpRepository rewrites them with every write of those values (the item's
-- status and due date, a report, a new round, a correction of the units, the due date or the meeting's date); V18 fills
-- them for the rows already there. Nullable: V16 (and its callers) insert rows without them.

alter table app_follow_up_item_unit add column status varchar(30);
alter table app_follow_up_item_unit add column due_date date;
alter table app_follow_up_item_unit add column closed_at timestamp;
alter table app_follow_up_item_unit add column meeting_id bigint;
alter table app_follow_up_item_unit add column held_on date;

alter table app_follow_up_round_unit add column meeting_id bigint;
alter table app_follow_up_round_unit add column held_on date;
alter table app_follow_up_round_unit add column item_status varchar(30);
alter table app_follow_up_round_unit add column due_date date;
alter table app_follow_up_round_unit add column first_report_at timestamp;

-- 總覽: open items per unit (status, lead), items waiting at a unit past their due date (status, owes, due date).
create index app_follow_up_item_unit_open on app_follow_up_item_unit (status, is_lead, unit_id);
create index app_follow_up_item_unit_waiting on app_follow_up_item_unit (status, owes_report, due_date, unit_id, item_id);
-- 統計: the rows of the meetings held in the period.
create index app_follow_up_item_unit_held_on on app_follow_up_item_unit (held_on, unit_id);
create index app_follow_up_round_unit_held_on on app_follow_up_round_unit (held_on, unit_id);
