-- 統計 at scale: the figures of closed items kept as counters per (meeting, unit, closing day), so that the statistics of
-- a period read a few rows per meeting instead of every unit-round of the period. A closed item's figures never change
-- (its units, rounds and reports are final), so FollowUpRepository adds them once, in the transaction that closes the
-- item; V22 fills the table for the items closed before. unit_id '*' is the meeting as a whole (each item once however
-- many of its units there are). The meeting's date is read from app_meeting, so a corrected date needs no rewrite here.
--   items       the closed items the unit had rounds for (for '*': the closed items)
--   lead_items  of those, the items the unit leads (for '*': items with a lead unit); 平均辦結工作天 averages over these
--   rounds      the unit's rounds (for '*': the items' distinct rounds); 平均列管次數 = rounds / items
--   rounds_due  the unit-rounds that count for 按時辦結率 (every unit-round of a closed item)
--   on_time     of those, the unit-rounds whose first report came by the end of the round's due date (Taipei)
create table app_follow_up_closed_tally (
  meeting_id  bigint       not null references app_meeting (id),
  unit_id     varchar(64)  not null,
  closed_on   date         not null,
  items       integer      not null,
  lead_items  integer      not null,
  rounds      integer      not null,
  rounds_due  integer      not null,
  on_time     integer      not null,
  constraint app_follow_up_closed_tally_pk primary key (meeting_id, unit_id, closed_on)
);

-- 統計's live part: the unit-rounds of the items still open, of the meetings held in the period.
create index app_follow_up_round_unit_open on app_follow_up_round_unit (item_status, held_on, unit_id);
