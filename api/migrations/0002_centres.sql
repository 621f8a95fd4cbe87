-- Administrative service centres (ЦНАП in Ukraine, «one window» in Belarus).
-- Opening hours are a short JSON list of {from_day, to_day, open, close}.

CREATE TABLE centres (
    id         TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    country    TEXT NOT NULL CHECK (country IN ('UA', 'BY')),
    name_uk    TEXT NOT NULL,
    name_be    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    city_uk    TEXT NOT NULL,
    city_be    TEXT NOT NULL,
    city_en    TEXT NOT NULL,
    address_uk TEXT NOT NULL,
    address_be TEXT NOT NULL,
    address_en TEXT NOT NULL,
    hours_json TEXT NOT NULL CHECK (json_valid(hours_json))
) STRICT;
