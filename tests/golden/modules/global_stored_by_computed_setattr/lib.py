# Reads names no statement of this module binds: another module stores them in its dict.
def read_flag():
    return FLAG


def read_missing():
    return NEVER_SET
