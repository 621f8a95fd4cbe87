-- «Відкликано» (issue 13): an applicant may withdraw an application not yet
-- completed. The status CHECK takes one more value. SQLite cannot alter a
-- CHECK, and rebuilding `orders` inside a migration's transaction would
-- cascade into every table that refers to it (foreign keys cannot be
-- switched off in a transaction); widening a CHECK changes nothing on disk,
-- so the table's definition is edited in place as SQLite's documentation
-- describes ("Making Other Kinds Of Table Schema Changes"), and the CREATE
-- and DROP after it move the schema cookie on, so that every open
-- connection reads the new definition.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, 'status IN (''sent'', ''registered'', ''refused'', ''done'')',
                          'status IN (''sent'', ''registered'', ''refused'', ''done'', ''withdrawn'')')
 WHERE type = 'table' AND name = 'orders';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_cookie_bump (x INTEGER);
DROP TABLE schema_cookie_bump;
