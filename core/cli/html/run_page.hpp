// `textchain run --format html`: one self-contained page for all documents, streamed as they are
// processed. Each document is a section: its errors and warnings first, a legend of its annotation types,
// its original text with every annotation highlighted (colour by type, a label, every attribute in the
// hover title), the spans an annotation points at (a quote's speaker mention) as links to it, the edits of
// rewriting steps as before/after, and a table of its annotations with all their attributes. An index of
// the documents closes the page (the top bar links to it).
//
// Marks carry data-a (the annotation's position in the record's "annotations"), role links data-of (the
// same for the annotation they belong to) and data-role: the browser test finds each annotation by them.
#ifndef TEXTCHAIN_HTML_RUN_PAGE_HPP
#define TEXTCHAIN_HTML_RUN_PAGE_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <string>

namespace textchain::html {

struct DocumentView {
  std::string section;      // the document's <section>
  std::string index_entry;  // its row in the index
};

class RunPage {
 public:
  // Everything before the first document.
  std::string head() const;
  // The view of one document (`result` null when it could not be read: the section shows in.error).
  // `number` is its position in the input, from 1: its anchor is #d<number>. Thread-safe.
  static DocumentView document(const io::InputDocument& in, const Result* result, size_t number);
  // Call with each document's index entry, in input order.
  void add_to_index(std::string_view entry);
  // Everything after the last document: the index and the end of the page.
  std::string tail() const;

 private:
  std::string index_;
  size_t documents_ = 0;
};

}  // namespace textchain::html

#endif
