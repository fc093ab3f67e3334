-- A meeting's own fields as the minutes print them: 次別, time, 地點, 主席, 記錄 and an optional 文號.
alter table app_meeting add column session_label varchar(50);
alter table app_meeting add column held_at time;
alter table app_meeting add column place varchar(200);
alter table app_meeting add column chair_name varchar(100);
alter table app_meeting add column recorder varchar(100);
alter table app_meeting add column document_number varchar(100);

-- Items: 提案單位 of a 提案, the report item a 主席裁示 was given on, and 協辦單位 (who also report).
alter table app_follow_up_item add column proposing_unit varchar(64);
alter table app_follow_up_item add column report_item varchar(200);
alter table app_follow_up_item add column co_units varchar(1000);

-- When a unit's 「填報辦理情形」 task was answered: the open ones are those still without it.
alter table app_report_task add column reported_at timestamp;
