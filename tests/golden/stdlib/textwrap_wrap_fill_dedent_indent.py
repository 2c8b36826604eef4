# textwrap: wrap and fill with their options, TextWrapper, dedent, indent and shorten.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word-that-needs-breaking here", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10, break_long_words=False))
print(textwrap.wrap("one\ttwo  three\nfour", 8, tabsize=4), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("Hello there.  How are you? Fine.", 15, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3, placeholder=" [...]"))
w = textwrap.TextWrapper(width=25, drop_whitespace=False, replace_whitespace=False, expand_tabs=False)
print(w.wrap("keep   the\tspaces   and  more words here"))
print(textwrap.dedent("""\
    def f():
        return 1
      # comment
    """))
print(repr(textwrap.dedent("  a\n\n  b\n \n")), repr(textwrap.dedent("\tx\n  y")))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("a\n\nb", "+", lambda line: True))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("The quick brown fox jumps", 15, placeholder="..."))
for kwargs in [{"width": 0}, {"width": 5, "max_lines": 1, "placeholder": " too long"}]:
    try:
        textwrap.wrap("some words here", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.shorten("abc", 3, placeholder=" [long placeholder]")
except ValueError as e:
    print(type(e).__name__, e)
