-- The chair's overview and statistics (package overview): open and overdue items by status and due date, items closed
-- in a month, meetings of a period, the mails of one item's process instance, a unit's reports of a round.
create index app_follow_up_item_status_due on app_follow_up_item (status, due_date);
create index app_follow_up_item_closed_at on app_follow_up_item (closed_at);
create index app_meeting_held_on on app_meeting (held_on);
create index app_mail_process_instance on app_mail (process_instance_id);
create index app_progress_report_round_unit on app_progress_report (round_id, unit_id, reported_at);
