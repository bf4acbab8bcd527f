-- The demo services' addresses on example.org (reserved for examples, RFC 2606, under a real top-level domain):
-- an address under .example alone is not a mailbox many validators take, JSON Schema's email format among them.
UPDATE asset_service SET email = email || '.org' WHERE email LIKE '%.example';
