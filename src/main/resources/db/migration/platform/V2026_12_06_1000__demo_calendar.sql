-- Where the demo data stands in time (platform.persistence.DemoCalendar): the day it first loaded and the whole
-- weeks its dates moved from the day they were written for. One row, only where the demo is loaded.
CREATE TABLE demo_calendar (
  id          INTEGER NOT NULL PRIMARY KEY,
  loaded_on   DATE NOT NULL,
  weeks_moved INTEGER NOT NULL
);
