ALTER TABLE demo_item ADD COLUMN payload BLOB(1M);
