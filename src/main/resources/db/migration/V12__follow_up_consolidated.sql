-- The secretariat's 辦理情形 for the next meeting's table: one text per item, written from the units' answers.
alter table app_secretariat_review add column consolidated varchar(4000);
