# Python names that the C library defines as macros (io.py's SEEK_SET, <stdio.h>'s EOF and
# BUFSIZ, <math.h>'s NAN) work as globals, locals, attributes and parameters.
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
EOF_MARK = EOF = "eof"
BUFSIZ = 512
NAN, INFINITY, HUGE_VAL, RAND_MAX = "nan", "inf", "huge", 99
FILENAME_MAX = FOPEN_MAX = TMP_MAX = L_tmpnam = MB_CUR_MAX = 7


def seek(SEEK_SET=SEEK_SET, *, SEEK_END=SEEK_END):
    SEEK_CUR = SEEK_SET + SEEK_END
    return SEEK_SET, SEEK_CUR, SEEK_END


class Whence:
    SEEK_SET = "set"
    NAN = float("nan")

    def __init__(self):
        self.EOF = EOF
        self.BUFSIZ = BUFSIZ * 2


w = Whence()
print(SEEK_SET, SEEK_CUR, SEEK_END, EOF_MARK, EOF, BUFSIZ, NAN, INFINITY, HUGE_VAL, RAND_MAX)
print(FILENAME_MAX, FOPEN_MAX, TMP_MAX, L_tmpnam, MB_CUR_MAX)
print(seek(), seek(5, SEEK_END=9), Whence.SEEK_SET, Whence.NAN, w.EOF, w.BUFSIZ)
print(sorted(k for k in globals() if k.isupper()))
