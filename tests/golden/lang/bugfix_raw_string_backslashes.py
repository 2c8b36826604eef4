# A raw string made only of backslashes keeps them: tree-sitter-python puts them in the closing
# quote's token, and the translator once read r'\\' as ''.
one = r'\\'
two = r'\\\\'
triple = r'''\\'''
raw_bytes = rb'\\\\'
x = 5
raw_f = rf'{x}\\'
print(len(one), one, len(two), two, len(triple), triple)
print(len(raw_bytes), raw_bytes)
print(len(raw_f), raw_f)
print(r'a\\' == 'a' + '\\' * 2, r'\\' + 'z')
