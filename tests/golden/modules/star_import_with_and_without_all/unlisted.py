public_b = "b"
_hidden = "hidden"


def helper():
    return "helper"
