// Diagnostics: the kind table, the not-supported helper, and the printed layout
// (FILE:LINE:COL: error: MESSAGE, source line, caret line).
#include <gtest/gtest.h>

#include <sstream>

#include "base/diagnostics.h"

namespace py2cpp::base {
namespace {

std::string printed(const Diagnostics& d, const SourceFile& f) {
  std::ostringstream out;
  d.print(out, f);
  return out.str();
}

TEST(Diagnostics, MessagesFillTheKindsFormatInOrder) {
  EXPECT_EQ(diag_message(DiagKind::InvalidSyntax), "invalid syntax");
  EXPECT_EQ(diag_message(DiagKind::ExpectedToken, {":"}), "expected ':'");
  EXPECT_EQ(diag_message(DiagKind::CannotOpenFile, {"a.py", "[Errno 2] No such file or directory"}),
            "can't open file 'a.py': [Errno 2] No such file or directory");
  EXPECT_EQ(diag_format(DiagKind::NotSupported), "{} is not supported yet");
}

TEST(Diagnostics, NotSupportedUsesTheOneWording) {
  Diagnostics d;
  d.not_supported({{3, 4}, {3, 9}}, "'match' statement");
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].message, "'match' statement is not supported yet");
  EXPECT_TRUE(d.has_errors());
}

TEST(Diagnostics, NotesDoNotCountAsErrors) {
  Diagnostics d;
  d.note({{1, 0}, {1, 1}}, "see here");
  EXPECT_FALSE(d.has_errors());
  d.error({{1, 0}, {1, 1}}, "bad");
  EXPECT_EQ(d.error_count(), 1u);
}

TEST(Diagnostics, PrintShowsLocationSourceLineAndCaretRange) {
  SourceFile f("prog.py", "x = 1\nawait foo(bar)\n");
  Diagnostics d;
  d.error({{2, 0}, {2, 14}}, "'await' outside function");
  EXPECT_EQ(printed(d, f),
            "prog.py:2:1: error: 'await' outside function\n"
            "await foo(bar)\n"
            "^~~~~~~~~~~~~~\n");
}

TEST(Diagnostics, PrintSortsErrorsByLocationAndKeepsNotesWithTheirError) {
  SourceFile f("p.py", "aaa\nbbb\n");
  Diagnostics d;
  d.error({{2, 1}, {2, 2}}, "second");
  d.note({{1, 0}, {1, 1}}, "about second");
  d.error({{1, 2}, {1, 3}}, "first");
  EXPECT_EQ(printed(d, f),
            "p.py:1:3: error: first\naaa\n  ^\n"
            "p.py:2:2: error: second\nbbb\n ^\n"
            "p.py:1:1: note: about second\naaa\n^\n");
}

TEST(Diagnostics, CaretStopsAtTheEndOfAMultiLineRange) {
  SourceFile f("p.py", "f(a,\n  b)\n");
  Diagnostics d;
  d.error({{1, 2}, {2, 3}}, "span");
  EXPECT_EQ(printed(d, f), "p.py:1:3: error: span\nf(a,\n  ^~\n");
}

TEST(Diagnostics, CaretCountsCharactersAndKeepsTabs) {
  SourceFile f("p.py", "\tx = '\xc3\xa9' + y\n");
  Diagnostics d;
  d.error({{1, 11}, {1, 12}}, "here");
  EXPECT_EQ(printed(d, f), "p.py:1:12: error: here\n\tx = '\xc3\xa9' + y\n\t         ^\n");
}

TEST(Diagnostics, FileLevelDiagnosticHasNoPosition) {
  SourceFile f("gone.py", "");
  Diagnostics d;
  d.error({{0, 0}, {0, 0}}, "can't open file 'gone.py': [Errno 2] No such file or directory");
  EXPECT_EQ(printed(d, f), "gone.py: error: can't open file 'gone.py': [Errno 2] No such file or directory\n");
}

}  // namespace
}  // namespace py2cpp::base
