// Buffered standard streams: print(), sys.stdout/sys.stderr and input().
// stdout is buffered like CPython's when not a terminal and is flushed at
// exit and before anything goes to stderr, so interleaving matches
// CPython's `python3 prog.py > out 2> err` behaviour line for line.
#pragma once

#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// Appends text to the stdout buffer (flushes when it grows large).
void write_stdout(std::string_view text);
/// Flushes stdout, then writes text to stderr unbuffered.
void write_stderr(std::string_view text);
void flush_stdout();

/// print(*args, sep=' ', end='\n', file=None, flush=False) as called from
/// Python; raises TypeError "sep must be None or a string, not int".
Object print(const CallArgs& args);
/// input(prompt=''): reads a line from stdin without its newline; EOFError
/// "EOF when reading a line" at end of input.
Object input(const CallArgs& args);

/// The sys.stdout / sys.stderr objects (write(), flush()).
Object stdout_object();
Object stderr_object();

}  // namespace pyrt
