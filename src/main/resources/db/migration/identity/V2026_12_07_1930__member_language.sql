-- The language a member chose for the portal (its short code: en, cy), or null: the browser's then decides.
ALTER TABLE member ADD COLUMN language VARCHAR(12);
