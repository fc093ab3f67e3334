-- A ruling entered for a whole meeting: given by the chair at that meeting, entered by the recorder.
alter table app_follow_up_round add column ruled_at_meeting bigint references app_meeting (id);
alter table app_follow_up_round add column entered_by varchar(64);

-- Meetings belong to a series (e.g. 安全維護會報); earlier meetings registered without one form their own.
alter table app_meeting add column series varchar(200);
update app_meeting set series = title;
create index app_meeting_series on app_meeting (series, held_on);
