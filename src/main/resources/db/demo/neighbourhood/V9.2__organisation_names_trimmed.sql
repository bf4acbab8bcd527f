-- The demo members' organisations were inserted in one UNION, where Derby types the literals as CHAR of the
-- longest and pads the shorter ones with spaces ('riverside-food-pantry' came out with five). Derby and SQL compare
-- them as equal, but Java does not: stewards were not recognised as their group's. Trimmed here, once.
UPDATE member_organisation SET organisation = TRIM(organisation) WHERE organisation <> TRIM(organisation) OR LENGTH(organisation) <> LENGTH(TRIM(organisation));
