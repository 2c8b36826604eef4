# Binds its names through globals(), as re._constants' _makecodes does: no statement names them.
def _makecodes(*names):
    items = [(i, name) for i, name in enumerate(names)]
    globals().update({name: i for i, name in items})
    return items


OPCODES = _makecodes("FAILURE", "SUCCESS", "ANY")
