limit = 10


def describe():
    return f"limit is {limit}"


def compute():
    return "original"


def run():
    return "run -> " + compute()


def __getattr__(name):
    return "made up " + name
