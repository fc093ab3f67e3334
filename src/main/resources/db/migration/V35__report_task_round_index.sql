-- The open 「填報辦理情形」 tasks of a meeting, an item or a round are found by round (FollowUpRepository.openReportUnits,
-- openReportTasks, reportTasksOfRound); without this index every such read scans all report tasks ever written (two per
-- unit and round): 74 ms for one meeting at 100,000 items (issue #15, docs/performance.md), 0.2 ms with it.
create index if not exists app_report_task_round on app_report_task (round_id);
