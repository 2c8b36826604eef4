x = 1


def report():
    print("helper sees", [k for k in globals() if not k.startswith("__")], globals()["x"])
