-- Catalogue search (issue 3). A record's row is about 17 KB, so PostgreSQL moves its widest values
-- out of line; search_vector (2.3 KB compressed on average) went with them, and every search that
-- tests it on the heap (a filter narrower than the words, a prefix matching thousands of records)
-- fetched and decompressed it from the TOAST table: 45 ms for the 5,559 RS records of the full
-- registry, 11 ms once kept in the row. MAIN keeps it in the row (compressed), out of line only
-- if the row could not fit a page otherwise. Existing vectors are rewritten to take the new storage.
ALTER TABLE certifications ALTER COLUMN search_vector SET STORAGE MAIN;
UPDATE certifications SET search_vector = search_vector || ''::tsvector;
