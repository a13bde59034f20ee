ALTER TABLE demo_item ADD COLUMN payload BYTEA;
