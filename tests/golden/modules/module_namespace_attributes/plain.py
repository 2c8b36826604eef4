# A module whose globals live in C++ variables: its __dict__ lists them in the order the
# source first binds them.
zeta = 1
alpha = 2


def mid():
    pass


class Beta:
    pass
