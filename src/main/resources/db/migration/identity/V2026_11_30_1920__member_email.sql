-- The email address the member's sign-in gives (refreshed at each sign-in), for the emails they ask for.
ALTER TABLE member ADD COLUMN email VARCHAR(254);
