ALTER TABLE shop_z_order ADD COLUMN remark CLOB;
