-- 統計's line of open items: the items still open (closed_at null) or closed after a day, with their meeting, read from
-- this index alone.
create index app_follow_up_item_closed_meeting on app_follow_up_item (closed_at, meeting_id, id);
