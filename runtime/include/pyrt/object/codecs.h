// str.encode and bytes.decode: the codecs utf-8, utf-16, utf-32 (each also
// -le/-be), latin-1 and ascii under their CPython names and aliases, with the
// error handlers of Python/codecs.c. Mirrors CPython 3.11's
// Objects/unicodeobject.c (PyUnicode_AsEncodedString's fast paths, the UTF
// decoders' error ranges and reasons) and Lib/encodings/aliases.py.
#pragma once

#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// The name of the codec `encoding` names ("utf-8" for "UTF8", "latin-1" for "iso-8859-1",
/// "ascii", "utf-16-le", ...), normalized as codecs.lookup does; nullptr for a codec pyrt
/// lacks.
const char* codec_name(std::string_view encoding);

/// str.encode(encoding='utf-8', errors='strict') for str `text`. `encoding`
/// and `errors` may be unbound (their defaults). Names are normalized as
/// codecs.lookup does ("UTF-8", "utf_8", "utf8", "latin1", "iso-8859-1",
/// "us-ascii"); utf-16 and utf-32 without a byte order write a BOM and
/// little-endian units, as CPython on this (little-endian) machine. The
/// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
/// namereplace (Unicode 14.0 names), surrogateescape and surrogatepass apply to
/// CPython's error ranges. Raises UnicodeEncodeError with CPython's message
/// ("'ascii' codec can't encode character '\xe9' in position 1: ordinal not in
/// range(128)"), LookupError "unknown encoding: xyz" for any other codec (also
/// ones CPython has, such as cp1252), LookupError "unknown error handler name
/// 'x'" when an unknown handler is needed, TypeError for non-str arguments.
Object str_encode(const Object& text, const Object& encoding, const Object& errors);

/// bytes.decode(encoding='utf-8', errors='strict') for bytes `data`: the
/// inverse of str_encode, with CPython's decoding errors ("'utf-8' codec can't
/// decode byte 0xff in position 0: invalid start byte", "unexpected end of
/// data", "truncated data", "illegal UTF-16 surrogate", ...). utf-16 and utf-32
/// without a byte order read a BOM and otherwise assume little-endian.
/// xmlcharrefreplace and namereplace raise CPython's TypeError "don't know how
/// to handle UnicodeDecodeError in error callback" when an error needs them.
Object bytes_decode(const Object& data, const Object& encoding, const Object& errors);

}  // namespace pyrt
