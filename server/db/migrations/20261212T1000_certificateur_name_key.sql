-- Finding a certificateur by its name (issue 3: the search form offered only the 20 biggest).
--
-- GET /api/certifications/certificateurs matches the words typed against the names, accents and
-- case aside. Unaccenting each of the 36,000 names of the full registry at every keystroke took
-- 160 to 200 ms on PGlite; the key is computed once, as the row is written.
ALTER TABLE certification_certificateurs
  ADD COLUMN name_key text GENERATED ALWAYS AS (lower(immutable_unaccent(name))) STORED;
