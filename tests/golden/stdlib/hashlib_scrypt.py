# _hashlib.scrypt over OpenSSL's EVP_PBE_scrypt: derived keys, and the argument checks in
# CPython's order with its messages.
import _hashlib


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(_hashlib.scrypt(b"pw", salt=b"salt", n=16, r=1, p=1).hex())
print(_hashlib.scrypt(bytearray(b"password"), salt=memoryview(b"NaCl"), n=1024, r=8, p=16, dklen=16).hex())
print(_hashlib.scrypt(password=b"", salt=b"", n=2, r=1, p=1, maxmem=0, dklen=1))
print(_hashlib.scrypt(b"pw", salt=b"s", n=True + True, r=1, p=1)[:3])
show(lambda: _hashlib.scrypt(b"pw", b"salt", 16, 1, 1))
show(lambda: _hashlib.scrypt(b"pw", n=16, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=15, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=1, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=-16, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=2**64, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=-1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=-1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=2**31))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=0))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=2**31))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=2**20, r=8, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=0, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16.0, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=None, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", n=1.5, r=1, p=1))
show(lambda: _hashlib.scrypt("pw", salt=b"s", n=16, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt="s", n=16, r=1, p=1))
show(lambda: _hashlib.scrypt(b"pw", salt=None, n=16, r=1, p=1))
show(lambda: _hashlib.scrypt())
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=1.5))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=2**70))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, x=1))
show(lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=0, dklen=1, x=1))
_hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=0)
