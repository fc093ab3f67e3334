-- 統計's 目前逾期件數 for a period: the open unit rows still owing a report, by their meeting's day first (V17), so
-- that a year's rows are read from this index alone instead of every open unit row owing a report (6,585 read and
-- 6,294 dropped for 291 at 100,000 items, 7.8 ms; see docs/overview.md).
create index app_follow_up_item_unit_period_waiting
  on app_follow_up_item_unit (status, owes_report, held_on, unit_id, due_date, meeting_id, item_id);
