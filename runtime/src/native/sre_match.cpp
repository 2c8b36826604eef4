// The `_sre` matching engine: runs the code re/_compiler.py emits over a Subject with sre's
// backtracking, repeat and mark semantics. Mirrors SRE(match), SRE(count), SRE(at) and
// SRE(search) of Modules/_sre/sre_lib.h (CPython 3.11): the same order of attempts, the same
// saving and restoring of marks (only inside a repeat), so groups and lastindex come out as
// CPython's. Where sre keeps an explicit stack of contexts, this recurses once per context.
#include "sre.h"

#include <algorithm>

#include "pyrt/object/str.h"

namespace pyrt::sre {

namespace {

// LASTMARK_SAVE / LASTMARK_RESTORE.
struct LastMark {
  std::int64_t lastmark, lastindex;
};
LastMark save_lastmark(const State& s) { return {s.lastmark, s.lastindex}; }
void restore_lastmark(State& s, LastMark m) {
  s.lastmark = m.lastmark;
  s.lastindex = m.lastindex;
}

// MARK_PUSH: the marks 0..lastmark, which MARK_POP writes back.
using SavedMarks = std::vector<std::int64_t>;
SavedMarks push_marks(const State& s) {
  return SavedMarks(s.mark.begin(), s.mark.begin() + (s.lastmark + 1));
}
void pop_marks(State& s, const SavedMarks& saved) { std::copy(saved.begin(), saved.end(), s.mark.begin()); }

// SRE_IS_WORD and its locale and Unicode forms, for the boundary assertions.
bool word_char(Code at, std::uint32_t ch) {
  switch (at) {
    case kAtUniBoundary:
    case kAtUniNonBoundary: return in_category(kCatUniWord, ch);
    case kAtLocBoundary:
    case kAtLocNonBoundary: return in_category(kCatLocWord, ch);
    default: return in_category(kCatWord, ch);
  }
}

// SRE(at): whether position `ptr` satisfies the assertion `at`.
bool at(const State& s, std::int64_t ptr, Code at) {
  const std::uint32_t* text = s.text;
  switch (at) {
    case kAtBeginning:
    case kAtBeginningString: return ptr == 0;
    case kAtBeginningLine: return ptr == 0 || text[ptr - 1] == '\n';
    case kAtEnd: return (s.end - ptr == 1 && text[ptr] == '\n') || ptr == s.end;
    // With pos past endpos `ptr` may be the text's end, where CPython reads the NUL after it.
    case kAtEndLine: return ptr == s.end || (ptr < s.length && text[ptr] == '\n');
    case kAtEndString: return ptr == s.end;
    case kAtBoundary:
    case kAtLocBoundary:
    case kAtUniBoundary:
    case kAtNonBoundary:
    case kAtLocNonBoundary:
    case kAtUniNonBoundary: {
      if (s.end == 0) return false;
      bool before = ptr > 0 && word_char(at, text[ptr - 1]);
      bool here = ptr < s.end && word_char(at, text[ptr]);
      bool boundary = at == kAtBoundary || at == kAtLocBoundary || at == kAtUniBoundary;
      return boundary ? before != here : before == here;
    }
  }
  return false;
}

// char_loc_ignore: `ch` equals the literal directly or through the locale's case.
bool literal_loc_ignore(Code literal, std::uint32_t ch) {
  return ch == literal || lower_locale(ch) == literal || upper_locale(ch) == literal;
}

// Whether the one-character item at `item` (its opcode first) matches `ch`: the items
// _compiler._simple lets a REPEAT_ONE repeat, and the same opcodes in sequence.
bool item_matches(const Code* item, std::uint32_t ch) {
  switch (item[0]) {
    case kAny: return ch != '\n';
    case kAnyAll: return true;
    case kIn: return in_charset(item + 2, ch);
    case kInIgnore: return in_charset(item + 2, lower_ascii(ch));
    case kInUniIgnore: return in_charset(item + 2, lower_unicode(ch));
    case kInLocIgnore: return in_charset_loc_ignore(item + 2, ch);
    case kLiteral: return ch == item[1];
    case kNotLiteral: return ch != item[1];
    case kLiteralIgnore: return lower_ascii(ch) == item[1];
    case kNotLiteralIgnore: return lower_ascii(ch) != item[1];
    case kLiteralUniIgnore: return lower_unicode(ch) == item[1];
    case kNotLiteralUniIgnore: return lower_unicode(ch) != item[1];
    case kLiteralLocIgnore: return literal_loc_ignore(item[1], ch);
    case kNotLiteralLocIgnore: return !literal_loc_ignore(item[1], ch);
    default: return false;
  }
}

// The code after a one-character item: IN carries its skip, the literals one operand.
const Code* after_item(const Code* item) {
  switch (item[0]) {
    case kAny:
    case kAnyAll: return item + 1;
    case kIn:
    case kInIgnore:
    case kInUniIgnore:
    case kInLocIgnore: return item + 1 + item[1];
    default: return item + 2;
  }
}

bool is_item(Code op) {
  switch (op) {
    case kAny: case kAnyAll: case kIn: case kInIgnore: case kInUniIgnore: case kInLocIgnore:
    case kLiteral: case kNotLiteral: case kLiteralIgnore: case kNotLiteralIgnore:
    case kLiteralUniIgnore: case kNotLiteralUniIgnore: case kLiteralLocIgnore: case kNotLiteralLocIgnore:
      return true;
    default: return false;
  }
}

// SRE(count): how many times (up to `maxcount`) the item at `item` matches from state.ptr.
std::int64_t count_items(const State& s, const Code* item, Code maxcount) {
  std::int64_t ptr = s.ptr;
  std::int64_t end = s.end;
  if (maxcount != kMaxRepeat && static_cast<std::int64_t>(maxcount) < end - ptr) end = ptr + maxcount;
  while (ptr < end && item_matches(item, s.text[ptr])) ++ptr;
  return ptr - s.ptr;
}

// The case folding a GROUPREF variant compares with.
std::uint32_t fold_for(Code op, std::uint32_t ch) {
  switch (op) {
    case kGrouprefIgnore: return lower_ascii(ch);
    case kGrouprefLocIgnore: return lower_locale(ch);
    case kGrouprefUniIgnore: return lower_unicode(ch);
    default: return ch;
  }
}

// Whether group `group` (0-based) has both marks, in order: what GROUPREF and
// GROUPREF_EXISTS ask.
bool group_matched(const State& s, Code group) {
  std::int64_t ref = 2 * static_cast<std::int64_t>(group);
  if (ref >= s.lastmark) return false;
  std::int64_t p = s.mark[static_cast<std::size_t>(ref)];
  std::int64_t e = s.mark[static_cast<std::size_t>(ref + 1)];
  return p >= 0 && e >= 0 && p <= e;
}

bool run(State& s, const Code* pc, bool toplevel);

// The tail of a REPEAT_ONE tried after `count` items, then after one fewer, down to `min`
// (greedy backtracking).
bool repeat_one_tail(State& s, const Code* tail, std::int64_t ptr, std::int64_t count, Code min, bool toplevel) {
  LastMark lm = save_lastmark(s);
  SavedMarks saved;
  if (s.repeat) saved = push_marks(s);
  for (; count >= static_cast<std::int64_t>(min); --ptr, --count) {
    // The tail's first literal rules positions out without running it.
    if (tail[0] == kLiteral && (ptr >= s.end || s.text[ptr] != tail[1])) continue;
    s.ptr = ptr;
    if (run(s, tail, toplevel)) return true;
    if (s.repeat) pop_marks(s, saved);
    restore_lastmark(s, lm);
  }
  return false;
}

// The tail of a MIN_REPEAT_ONE tried after `count` items, then after one more each time, up
// to the maximum (lazy backtracking).
bool min_repeat_one_tail(State& s, const Code* pc, std::int64_t ptr, std::int64_t count, bool toplevel) {
  const Code* tail = pc + pc[0];
  Code max = pc[2];
  LastMark lm = save_lastmark(s);
  SavedMarks saved;
  if (s.repeat) saved = push_marks(s);
  while (max == kMaxRepeat || count <= static_cast<std::int64_t>(max)) {
    s.ptr = ptr;
    if (run(s, tail, toplevel)) return true;
    if (s.repeat) pop_marks(s, saved);
    restore_lastmark(s, lm);
    s.ptr = ptr;
    if (count_items(s, pc + 3, 1) == 0) break;
    ++ptr;
    ++count;
  }
  return false;
}

// BRANCH: each alternative in turn from `ptr`, skipping those whose first literal or set
// cannot match there.
bool branch(State& s, const Code* pc, std::int64_t ptr, bool toplevel) {
  LastMark lm = save_lastmark(s);
  SavedMarks saved;
  if (s.repeat) saved = push_marks(s);
  for (; pc[0]; pc += pc[0]) {
    if (pc[1] == kLiteral && (ptr >= s.end || s.text[ptr] != pc[2])) continue;
    if (pc[1] == kIn && (ptr >= s.end || !in_charset(pc + 3, s.text[ptr]))) continue;
    s.ptr = ptr;
    if (run(s, pc + 1, toplevel)) return true;
    if (s.repeat) pop_marks(s, saved);
    restore_lastmark(s, lm);
  }
  return false;
}

// REPEAT: a new repeat context, then its UNTIL does the work.
bool repeat(State& s, const Code* pc, std::int64_t ptr, bool toplevel) {
  Repeat rep;
  rep.pattern = pc;
  rep.prev = s.repeat;
  s.repeat = &rep;
  s.ptr = ptr;
  bool ok = run(s, pc + pc[0], toplevel);
  s.repeat = rep.prev;
  return ok;
}

// One more iteration of the innermost repeat's body, with the zero-width guard: its
// last_ptr is where this iteration starts while it runs.
bool repeat_body(State& s, Repeat* rep, bool toplevel) {
  std::int64_t last = rep->last_ptr;
  rep->last_ptr = s.ptr;
  bool ok = run(s, rep->pattern + 3, toplevel);
  rep->last_ptr = last;
  return ok;
}

// The first `min` iterations of a MAX_UNTIL or MIN_UNTIL: no choice yet.
bool until_minimum(State& s, Repeat* rep, std::int64_t ptr, std::int64_t count, bool toplevel) {
  rep->count = count;
  if (run(s, rep->pattern + 3, toplevel)) return true;
  rep->count = count - 1;
  s.ptr = ptr;
  return false;
}

// MAX_UNTIL: another iteration if possible, else (or when that fails) the tail.
bool max_until(State& s, const Code* tail, std::int64_t ptr, bool toplevel) {
  Repeat* rep = s.repeat;
  s.ptr = ptr;
  std::int64_t count = rep->count + 1;
  Code min = rep->pattern[1], max = rep->pattern[2];
  if (count < static_cast<std::int64_t>(min)) return until_minimum(s, rep, ptr, count, toplevel);
  if ((count < static_cast<std::int64_t>(max) || max == kMaxRepeat) && s.ptr != rep->last_ptr) {
    rep->count = count;
    LastMark lm = save_lastmark(s);
    SavedMarks saved = push_marks(s);
    if (repeat_body(s, rep, toplevel)) return true;
    pop_marks(s, saved);
    restore_lastmark(s, lm);
    rep->count = count - 1;
    s.ptr = ptr;
  }
  s.repeat = rep->prev;
  bool ok = run(s, tail, toplevel);
  s.repeat = rep;
  if (ok) return true;
  s.ptr = ptr;
  return false;
}

// MIN_UNTIL: the tail first, then (when it fails) another iteration.
bool min_until(State& s, const Code* tail, std::int64_t ptr, bool toplevel) {
  Repeat* rep = s.repeat;
  s.ptr = ptr;
  std::int64_t count = rep->count + 1;
  Code min = rep->pattern[1], max = rep->pattern[2];
  if (count < static_cast<std::int64_t>(min)) return until_minimum(s, rep, ptr, count, toplevel);
  s.repeat = rep->prev;
  LastMark lm = save_lastmark(s);
  SavedMarks saved;
  if (s.repeat) saved = push_marks(s);
  bool ok = run(s, tail, toplevel);
  Repeat* repeat_of_tail = s.repeat;
  s.repeat = rep;
  if (ok) return true;
  if (repeat_of_tail) pop_marks(s, saved);
  restore_lastmark(s, lm);
  s.ptr = ptr;
  if ((count >= static_cast<std::int64_t>(max) && max != kMaxRepeat) || s.ptr == rep->last_ptr) return false;
  rep->count = count;
  if (repeat_body(s, rep, toplevel)) return true;
  rep->count = count - 1;
  s.ptr = ptr;
  return false;
}

// POSSESSIVE_REPEAT: as many iterations as match (at least `min`), never given back; an
// iteration that matched empty ends the loop. Leaves state.ptr after the last iteration.
bool possessive_repeat(State& s, const Code* pc, std::int64_t ptr) {
  Code min = pc[1], max = pc[2];
  Repeat rep;
  rep.prev = s.repeat;
  s.repeat = &rep;
  s.ptr = ptr;
  std::int64_t count = 0;
  for (; count < static_cast<std::int64_t>(min); ++count) {
    if (!run(s, pc + 3, false)) {
      s.ptr = ptr;
      s.repeat = rep.prev;
      return false;
    }
  }
  std::int64_t last = -1;
  while ((count < static_cast<std::int64_t>(max) || max == kMaxRepeat) && s.ptr != last) {
    LastMark lm = save_lastmark(s);
    SavedMarks saved = push_marks(s);
    last = s.ptr;
    if (!run(s, pc + 3, false)) {
      pop_marks(s, saved);
      restore_lastmark(s, lm);
      s.ptr = last;
      break;
    }
    ++count;
  }
  s.repeat = rep.prev;
  return true;
}

// MARK: records `ptr` as mark `i`, marks skipped over since lastmark becoming unset.
void set_mark(State& s, Code i, std::int64_t ptr) {
  if (i & 1) s.lastindex = i / 2 + 1;
  if (static_cast<std::int64_t>(i) > s.lastmark) {
    if (s.mark.size() <= i) s.mark.resize(i + 1, -1);
    for (std::int64_t j = s.lastmark + 1; j < static_cast<std::int64_t>(i); ++j) s.mark[static_cast<std::size_t>(j)] = -1;
    s.lastmark = i;
  }
  s.mark[i] = ptr;
}

// SRE(match): runs the code at `pc` from state.ptr; on success state.ptr is where it ended.
// `toplevel` is false inside assertions, atomic groups and possessive repeats, whose SUCCESS
// ends only them.
bool run(State& s, const Code* pc, bool toplevel) {
  std::int64_t ptr = s.ptr;
  const std::int64_t end = s.end;
  if (pc[0] == kInfo) {
    // <INFO> <skip> <flags> <min> ...: too little text left for the shortest match.
    if (pc[3] && end - ptr >= 0 && end - ptr < static_cast<std::int64_t>(pc[3])) return false;
    pc += pc[1] + 1;
  }
  for (;;) {
    Code op = *pc;
    if (is_item(op)) {
      if (ptr >= end || !item_matches(pc, s.text[ptr])) return false;
      pc = after_item(pc);
      ++ptr;
      continue;
    }
    ++pc;
    switch (op) {
      case kMark:
        set_mark(s, pc[0], ptr);
        ++pc;
        break;
      case kSuccess:
        if (toplevel && ((s.match_all && ptr != end) || (s.must_advance && ptr == s.start))) return false;
        s.ptr = ptr;
        return true;
      case kAt:
        if (!at(s, ptr, pc[0])) return false;
        ++pc;
        break;
      case kCategory:
        if (ptr >= end || !in_category(pc[0], s.text[ptr])) return false;
        ++pc;
        ++ptr;
        break;
      case kInfo:
      case kJump: pc += pc[0]; break;
      case kBranch: return branch(s, pc, ptr, toplevel);
      case kRepeatOne: {
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        if (static_cast<std::int64_t>(pc[1]) > end - ptr) return false;
        s.ptr = ptr;
        std::int64_t count = count_items(s, pc + 3, pc[2]);
        if (count < static_cast<std::int64_t>(pc[1])) return false;
        return repeat_one_tail(s, pc + pc[0], ptr + count, count, pc[1], toplevel);
      }
      case kMinRepeatOne: {
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        if (static_cast<std::int64_t>(pc[1]) > end - ptr) return false;
        s.ptr = ptr;
        std::int64_t count = 0;
        if (pc[1] != 0) {
          count = count_items(s, pc + 3, pc[1]);
          if (count < static_cast<std::int64_t>(pc[1])) return false;
          ptr += count;
        }
        const Code* tail = pc + pc[0];
        if (tail[0] == kSuccess &&
            !(toplevel && ((s.match_all && ptr != end) || (s.must_advance && ptr == s.start)))) {
          s.ptr = ptr;
          return true;
        }
        return min_repeat_one_tail(s, pc, ptr, count, toplevel);
      }
      case kPossessiveRepeatOne: {
        // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        if (static_cast<std::int64_t>(pc[1]) > end - ptr) return false;
        s.ptr = ptr;
        std::int64_t count = count_items(s, pc + 3, pc[2]);
        if (count < static_cast<std::int64_t>(pc[1])) return false;
        ptr += count;
        pc += pc[0];
        break;
      }
      case kRepeat: return repeat(s, pc, ptr, toplevel);
      case kMaxUntil: return max_until(s, pc, ptr, toplevel);
      case kMinUntil: return min_until(s, pc, ptr, toplevel);
      case kPossessiveRepeat:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
        if (!possessive_repeat(s, pc, ptr)) return false;
        ptr = s.ptr;
        pc += pc[0] + 1;
        break;
      case kAtomicGroup:
        // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
        s.ptr = ptr;
        if (!run(s, pc + 1, false)) {
          s.ptr = ptr;
          return false;
        }
        ptr = s.ptr;
        pc += pc[0];
        break;
      case kGroupref:
      case kGrouprefIgnore:
      case kGrouprefLocIgnore:
      case kGrouprefUniIgnore: {
        if (!group_matched(s, pc[0])) return false;
        std::int64_t p = s.mark[2 * static_cast<std::size_t>(pc[0])];
        std::int64_t e = s.mark[2 * static_cast<std::size_t>(pc[0]) + 1];
        for (; p < e; ++p, ++ptr) {
          if (ptr >= end || fold_for(op, s.text[ptr]) != fold_for(op, s.text[p])) return false;
        }
        ++pc;
        break;
      }
      case kGrouprefExists:
        // <GROUPREF_EXISTS> <group> <skip to no> yes <JUMP> <skip> no
        pc += group_matched(s, pc[0]) ? 2 : pc[1];
        break;
      case kAssert:
        // <ASSERT> <skip> <back> pattern: the lookbehind starts `back` characters earlier.
        if (ptr < static_cast<std::int64_t>(pc[1])) return false;
        s.ptr = ptr - pc[1];
        if (!run(s, pc + 2, false)) return false;
        pc += pc[0];
        break;
      case kAssertNot:
        if (ptr >= static_cast<std::int64_t>(pc[1])) {
          s.ptr = ptr - pc[1];
          LastMark lm = save_lastmark(s);
          SavedMarks saved;
          if (s.repeat) saved = push_marks(s);
          if (run(s, pc + 2, false)) return false;
          if (s.repeat) pop_marks(s, saved);
          restore_lastmark(s, lm);
        }
        pc += pc[0];
        break;
      default: return false;  // FAILURE, and what the compiler never emits at this level
    }
  }
}

}  // namespace

Object Subject::slice(std::int64_t start, std::int64_t end) const {
  std::string out;
  if (is_bytes) {
    for (std::int64_t i = start; i < end; ++i) out.push_back(static_cast<char>(chars[static_cast<std::size_t>(i)]));
    return bytes_from(out);
  }
  for (std::int64_t i = start; i < end; ++i) utf8_append(out, chars[static_cast<std::size_t>(i)]);
  return str_from(std::move(out));
}

State::State(std::shared_ptr<const Subject> subj, std::int64_t pos_, std::int64_t endpos_)
    : subject(std::move(subj)), text(subject->chars.data()) {
  length = static_cast<std::int64_t>(subject->chars.size());
  pos = std::clamp<std::int64_t>(pos_, 0, length);
  endpos = std::clamp<std::int64_t>(endpos_, 0, length);
  start = ptr = pos;
  end = endpos;
}

void State::reset() {
  lastmark = -1;
  lastindex = -1;
  repeat = nullptr;
}

std::pair<std::int64_t, std::int64_t> State::group_span(std::int64_t index) const {
  std::int64_t j = 2 * (index - 1);
  if (j + 1 > lastmark || mark[static_cast<std::size_t>(j)] < 0 || mark[static_cast<std::size_t>(j + 1)] < 0) {
    return {-1, -1};
  }
  return {mark[static_cast<std::size_t>(j)], mark[static_cast<std::size_t>(j + 1)]};
}

bool match(State& state, const Code* code) {
  state.ptr = state.start;
  return run(state, code, true);
}

bool search(State& state, const Code* code) {
  for (std::int64_t p = state.start; p <= state.end; ++p) {
    state.start = state.ptr = p;
    bool ok = run(state, code, true);
    state.must_advance = false;
    if (ok) return true;
    state.lastmark = state.lastindex = -1;
  }
  return false;
}

}  // namespace pyrt::sre
