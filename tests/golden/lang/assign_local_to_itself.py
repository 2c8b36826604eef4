# `x = x` of a parameter or a bound local changes nothing (and compiles warning-free); of an
# unbound local it is still UnboundLocalError.
def same(other, flag):
    if flag:
        other = other
    local = [other]
    local = local
    return local


def unbound():
    try:
        late = late
    except UnboundLocalError as e:
        print(type(e).__name__, e)


print(same(3, True), same("x", False))
unbound()
