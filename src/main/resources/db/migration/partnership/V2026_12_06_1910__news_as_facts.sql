-- Members' partnership news is now kept with all their news, as facts, in member_news (identity). The sentences
-- kept here so far (demo and test data: the portal has not yet run for real) go.
DROP TABLE partnership_news;
