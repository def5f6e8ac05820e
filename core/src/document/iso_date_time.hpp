// A record's date as the host accepts it: a document date (YYYY-MM-DD), or an ISO 8601 date-time whose
// time becomes the record's `reference_time` metadata (docs/record-stream.md).
#ifndef TEXTCHAIN_DOCUMENT_ISO_DATE_TIME_HPP
#define TEXTCHAIN_DOCUMENT_ISO_DATE_TIME_HPP

#include <string>
#include <string_view>

namespace textchain::document {

// `s` is "YYYY-MM-DD" or that date followed by 'T' or a space and "HH:MM", optional ":SS" and a fraction
// (".123" or ",123"), and an optional zone ("Z", "+HH:MM", "+HHMM", "+HH", or with '-'). On success `date`
// is the date part (a view into `s`) and `reference_time` is "HH:MM" followed by the zone written "Z" or
// "+HH:MM" ("" for a plain date): seconds are dropped, as relative expressions resolve to minutes at most.
// On failure (not those forms, or a day, hour, minute, second or offset out of range) neither is changed.
bool split_iso_date_time(std::string_view s, std::string_view& date, std::string& reference_time);

}  // namespace textchain::document

#endif
