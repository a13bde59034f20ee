-- Transfer tests: too short for the rows Derby holds, so the copy fails on the last table.
CREATE TABLE zbroken_note (id INTEGER NOT NULL PRIMARY KEY, text VARCHAR(3) NOT NULL);
