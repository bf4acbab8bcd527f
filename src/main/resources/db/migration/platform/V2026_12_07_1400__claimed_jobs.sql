-- Jobs that one server of several runs each period (platform.ClaimedJobs): when each may next run. A server
-- claims a job by moving its time on; the others find it moved and leave it.
CREATE TABLE platform_job (
  name        VARCHAR(80) NOT NULL PRIMARY KEY,
  next_run_at TIMESTAMP   NOT NULL
);
