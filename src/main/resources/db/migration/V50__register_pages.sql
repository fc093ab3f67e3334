-- The register pages list newest first, filtered by status: incidents by status, the mail log by time.
create index app_incident_status on app_incident (status, id);
create index app_mail_created on app_mail (created_at, id);
