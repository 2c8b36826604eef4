// load_source()/make_source(): the checks CPython's tokenizer makes before parsing, and
// SourceFile's line access.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "base/diagnostics.h"
#include "base/source.h"

namespace py2cpp::base {
namespace {

TEST(Source, MissingFileIsReportedLikeCPython) {
  Diagnostics diags;
  EXPECT_FALSE(load_source("/nonexistent/dir/x.py", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message, "can't open file '/nonexistent/dir/x.py': [Errno 2] No such file or directory");
  EXPECT_EQ(diags.all()[0].range.begin.line, 0);
}

TEST(Source, DirectoryIsReportedAsUnreadable) {
  Diagnostics diags;
  EXPECT_FALSE(load_source("/tmp", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message, "can't open file '/tmp': [Errno 21] Is a directory");
}

TEST(Source, LoadsAFileFromDisk) {
  std::string path = ::testing::TempDir() + "source_test_load.py";
  {
    std::ofstream out(path, std::ios::binary);
    out << "x = 1\r\ny = 2\n";
  }
  Diagnostics diags;
  std::optional<SourceFile> file = load_source(path, diags);
  std::remove(path.c_str());
  ASSERT_TRUE(file);
  EXPECT_EQ(file->text(), "x = 1\ny = 2\n");
  EXPECT_EQ(file->path(), path);
}

TEST(Source, NullByteIsRejectedWithItsLocation) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("a.py", std::string("x = 1\ny = '\0'\n", 13), diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message, "source code cannot contain null bytes");
  EXPECT_EQ(diags.all()[0].range.begin.line, 2);
  EXPECT_EQ(diags.all()[0].range.begin.col, 5);
}

TEST(Source, InvalidUtf8IsRejectedWithCPythonsWording) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("a.py", "x = 1\ny = \"\xff\"\n", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message,
            "Non-UTF-8 code starting with '\\xff' in file a.py on line 2, but no encoding declared; "
            "see https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(diags.all()[0].range.begin.line, 2);
}

TEST(Source, OverlongAndSurrogateUtf8AreRejected) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("a.py", "\xc0\xaf", diags));
  EXPECT_FALSE(make_source("a.py", "\xed\xa0\x80", diags));
  EXPECT_FALSE(make_source("a.py", "\xf4\x90\x80\x80", diags));
  EXPECT_EQ(diags.error_count(), 3u);
}

TEST(Source, ValidUtf8AndBomAreAccepted) {
  Diagnostics diags;
  std::optional<SourceFile> file = make_source("a.py", "\xEF\xBB\xBFx = '\xc3\xa9\xe2\x9c\x93\xf0\x9f\x98\x80'\n", diags);
  ASSERT_TRUE(file);
  EXPECT_EQ(file->text().substr(0, 3), "x =");
  EXPECT_FALSE(diags.has_errors());
}

TEST(Source, LineTextHasNoNewlineAndIsEmptyOutOfRange) {
  SourceFile file("a.py", "first\nsecond\r\nthird\rfourth");
  EXPECT_EQ(file.line_count(), 4);
  EXPECT_EQ(file.line_text(1), "first");
  EXPECT_EQ(file.line_text(2), "second");
  EXPECT_EQ(file.line_text(3), "third");
  EXPECT_EQ(file.line_text(4), "fourth");
  EXPECT_EQ(file.line_text(0), "");
  EXPECT_EQ(file.line_text(5), "");
}

TEST(Source, FinalNewlineStartsNoLine) {
  SourceFile file("a.py", "a\nb\n");
  EXPECT_EQ(file.line_count(), 2);
}

TEST(Source, CodingDeclarationDecodesLatin1) {
  Diagnostics diags;
  std::optional<SourceFile> f = make_source("t.py", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", diags);
  ASSERT_TRUE(f) << (diags.all().empty() ? "" : diags.all()[0].message);
  EXPECT_EQ(f->line_text(2), "x = '\xc3\xa9'");
}

TEST(Source, CodingDeclarationOnLineTwoBelowACommentDecodesKoi8R) {
  Diagnostics diags;
  std::optional<SourceFile> f = make_source("t.py", "#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\ns = '\xf0'\n", diags);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->line_text(3), "s = '\xd0\x9f'");  // U+041F CYRILLIC CAPITAL LETTER PE
}

TEST(Source, CodingDeclarationBelowCodeIsIgnored) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("t.py", "x = 1\n# coding: latin-1\ny = '\xe9'\n", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].range.begin.line, 3);  // Non-UTF-8 code ...
}

TEST(Source, UnknownDeclaredEncodingIsAnEncodingProblem) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("t.py", "# coding: uft-8\nx = 1\n", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message, "encoding problem: uft-8");
  EXPECT_EQ(diags.all()[0].range.begin.line, 1);
}

TEST(Source, BytesInvalidInTheDeclaredEncodingAreAnEncodingProblem) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("t.py", "# coding: ascii\nx = '\xe9'\n", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message, "encoding problem: ascii");
}

TEST(Source, BomWithAnotherDeclaredEncodingIsAnEncodingProblem) {
  Diagnostics diags;
  EXPECT_FALSE(make_source("t.py", "\xef\xbb\xbf# coding: latin_1\nx = 1\n", diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].message, "encoding problem: iso-8859-1 with BOM");
}

TEST(Source, Utf8DeclarationSpellingsNeedNoDecoding) {
  Diagnostics diags;
  std::optional<SourceFile> f = make_source("t.py", "\xef\xbb\xbf# coding: UTF_8\nx = '\xc3\xa9'\n", diags);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->line_text(2), "x = '\xc3\xa9'");
}

}  // namespace
}  // namespace py2cpp::base
