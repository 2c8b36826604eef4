# Non-ASCII identifiers are normalized to NFKC, as CPython's parser does: fullwidth letters
# and U+00B5 MICRO SIGN name the same variables as their NFKC forms.
width = 3
print(ｗｉｄｔｈ)
µ = 2
print(μ, µ + μ)


def ｆ(ｘ):
    return x * 10


print(f(4))
