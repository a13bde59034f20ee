ALTER TABLE demo_item ADD COLUMN note VARCHAR(200);
CREATE INDEX demo_item_name ON demo_item (name);
