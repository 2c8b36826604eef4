# keyword, translated from CPython's Lib: keyword tests for identifiers a tool generates.
import keyword

names = ["for", "match", "async", "value", "None", "_", "print", "class_"]
for n in names:
    print(n, keyword.iskeyword(n), keyword.issoftkeyword(n), n.isidentifier() and not keyword.iskeyword(n))
print(len(keyword.kwlist), keyword.kwlist[-3:], keyword.softkwlist)
print(keyword.__all__)
print(keyword.iskeyword(["for"]))
