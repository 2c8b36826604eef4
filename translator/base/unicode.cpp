// ICU-backed Unicode properties limited to Unicode 14.0, the version of CPython 3.11's
// unicodedata (Modules/unicodedata.c, Objects/unicodectype.c).
#include "base/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace py2cpp::base {

namespace {

// Whether `cp` was assigned in Unicode 14.0 or earlier: CPython 3.11 knows nothing newer.
bool assigned_by_unicode_14(UChar32 cp) {
  UVersionInfo age;
  u_charAge(cp, age);
  return age[0] != 0 && age[0] <= kUnicodeMajor;
}

}  // namespace

bool is_printable(std::uint32_t cp) {
  if (cp == ' ') return true;
  if (cp > 0x10FFFF) return false;
  auto c = static_cast<UChar32>(cp);
  if (!assigned_by_unicode_14(c)) return false;
  // makeunicodedata.py: printable unless the category starts with C (Cc Cf Cs Co Cn) or Z.
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return false;
    default:
      return true;
  }
}

std::optional<std::uint32_t> code_point_from_name(std::string_view name) {
  // CPython compares names of at most NAME_MAXLEN (256) characters; ICU wants a C string.
  if (name.empty() || name.size() > 256 || name.find('\0') != std::string_view::npos) return std::nullopt;
  std::string z(name);
  for (UCharNameChoice choice : {U_UNICODE_CHAR_NAME, U_CHAR_NAME_ALIAS}) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 cp = u_charFromName(choice, z.c_str(), &status);
    if (U_SUCCESS(status) && cp >= 0 && assigned_by_unicode_14(cp)) return static_cast<std::uint32_t>(cp);
  }
  return std::nullopt;
}

std::string nfkc(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC normalizer: ") + u_errorName(status));
  icu::UnicodeString normalized =
      normalizer->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))), status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC normalization: ") + u_errorName(status));
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

std::optional<std::string> decode_to_utf8(std::string_view bytes, std::string_view encoding) {
  if (encoding.empty() || encoding.size() > 64) return std::nullopt;
  std::string name(encoding);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(name.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !conv) return std::nullopt;
  // Stop at an invalid byte instead of substituting U+FFFD: CPython fails to decode the file.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString text;
  const char* source = bytes.data();
  const char* limit = bytes.data() + bytes.size();
  UChar buffer[1024];
  while (true) {
    UChar* target = buffer;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buffer + 1024, &source, limit, nullptr, true, &status);
    text.append(buffer, static_cast<int32_t>(target - buffer));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) return std::nullopt;
    break;
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace py2cpp::base
